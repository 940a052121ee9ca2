#include "ui/BulkActionDialog.h"

#include "core/policy/ConsolePermissions.h"
#include "models/BulkPlanModel.h"
#include "models/Continuation.h"
#include "models/UserPager.h"
#include "ui/DialogHeader.h"
#include "ui/InlineStatus.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <climits>

namespace authdesk {

namespace {
enum InputPage { NoInputs, DisableInputs, RoleInputs, DeleteInputs };

constexpr BulkActionKind actionOrder[] = {BulkActionKind::Disable,
                                          BulkActionKind::Enable,
                                          BulkActionKind::AddRole,
                                          BulkActionKind::RemoveRole,
                                          BulkActionKind::RequirePasswordChange,
                                          BulkActionKind::Delete};

int toInt(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, INT_MAX));
}

} // namespace

BulkActionDialog::BulkActionDialog(Directory *directory, Principal actor, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_model(new BulkPlanModel(this)),
      m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Bulk action"));
    m_context.actorId = m_actor.userId();
    m_context.actorUsername = m_actor.username();
    // Input changes come in bursts (typing a reason); one preview after the burst.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &BulkActionDialog::startPreview);
    buildUi();
    loadContext();
}

BulkActionDialog::~BulkActionDialog()
{
    if (m_runner)
        m_runner->cancel();
}

void BulkActionDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new DialogHeader(tr("Bulk action"),
                                    tr("One action on many users: preview it, run it, read the summary."), this);
    layout->addWidget(header);

    m_selection = new QLabel(tr("Loading the users…"), this);
    layout->addWidget(m_selection);

    auto *form = new QFormLayout;
    m_actionCombo = new QComboBox(this);
    for (BulkActionKind kind : actionOrder)
        m_actionCombo->addItem(BulkAction::displayName(kind), static_cast<int>(kind));
    m_actionCombo->setAccessibleName(tr("Action"));
    form->addRow(tr("&Action:"), m_actionCombo);
    layout->addLayout(form);

    m_inputs = new QStackedWidget(this);
    m_inputs->addWidget(new QWidget(m_inputs)); // NoInputs

    auto *disablePage = new QWidget(m_inputs);
    auto *disableForm = new QFormLayout(disablePage);
    disableForm->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLineEdit(disablePage);
    m_reason->setPlaceholderText(tr("Why these accounts are disabled (recorded in the audit log)"));
    m_reason->setAccessibleName(tr("Reason"));
    disableForm->addRow(tr("&Reason:"), m_reason);
    auto *untilRow = new QHBoxLayout;
    m_untilCheck = new QCheckBox(tr("&Until"), disablePage);
    m_until = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), disablePage);
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_until->setEnabled(false);
    m_until->setAccessibleName(tr("End of the disablement"));
    untilRow->addWidget(m_untilCheck);
    untilRow->addWidget(m_until, 1);
    disableForm->addRow(tr("Ends:"), untilRow);
    m_inputs->addWidget(disablePage);

    auto *rolePage = new QWidget(m_inputs);
    auto *roleForm = new QFormLayout(rolePage);
    roleForm->setContentsMargins(0, 0, 0, 0);
    m_role = new QComboBox(rolePage);
    m_role->setAccessibleName(tr("Role"));
    roleForm->addRow(tr("R&ole:"), m_role);
    m_inputs->addWidget(rolePage);

    auto *deletePage = new QWidget(m_inputs);
    auto *deleteForm = new QFormLayout(deletePage);
    deleteForm->setContentsMargins(0, 0, 0, 0);
    m_confirmLabel = new QLabel(deletePage);
    m_confirmLabel->setWordWrap(true);
    deleteForm->addRow(m_confirmLabel);
    m_confirm = new QLineEdit(deletePage);
    m_confirm->setAccessibleName(tr("Number of users to delete, to confirm"));
    deleteForm->addRow(tr("&Confirm:"), m_confirm);
    m_inputs->addWidget(deletePage);
    layout->addWidget(m_inputs);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: sizing 100,000 rows to their contents would freeze the window.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(BulkPlanModel::Username, 120);
    m_table->setColumnWidth(BulkPlanModel::Verdict, 110);
    m_table->setColumnWidth(BulkPlanModel::Before, 210);
    m_table->setColumnWidth(BulkPlanModel::After, 380);
    m_table->setAccessibleName(tr("Preview"));
    layout->addWidget(m_table, 1);

    m_counts = new QLabel(this);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_counts);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setVisible(false);
    m_cancelButton = new QPushButton(tr("C&ancel"), this);
    m_cancelButton->setVisible(false);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);

    m_status = new InlineStatus(this);
    layout->addWidget(m_status);

    m_summary = new QPlainTextEdit(this);
    m_summary->setReadOnly(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setVisible(false);
    m_summary->setMaximumHeight(140);
    layout->addWidget(m_summary);

    // Beside the buttons but not in the box, which would show it before there is a summary.
    auto *bottom = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("&Copy summary"), this);
    m_copyButton->setVisible(false);
    bottom->addWidget(m_copyButton);
    auto *buttons = new QDialogButtonBox(this);
    bottom->addWidget(buttons, 1);
    m_runButton = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addLayout(bottom);

    // Enter in a field must not run a bulk action.
    m_runButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);
    m_copyButton->setAutoDefault(false);

    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &BulkActionDialog::onActionChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkActionDialog::schedulePreview);
    connect(m_untilCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on);
        schedulePreview();
    });
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &BulkActionDialog::schedulePreview);
    connect(m_role, &QComboBox::currentIndexChanged, this, &BulkActionDialog::schedulePreview);
    connect(m_confirm, &QLineEdit::textChanged, this, &BulkActionDialog::updateRunButton);
    connect(m_runButton, &QPushButton::clicked, this, &BulkActionDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner)
            cancelRun();
        else if (m_pager)
            m_pager->cancel();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &BulkActionDialog::copySummary);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    onActionChanged();
    resize(900, 560);
}

void BulkActionDialog::loadContext()
{
    if (!m_directory)
        return;
    m_contextPending = 3;
    whenAnswered(this, m_directory->ownConsolePermissions(m_actor), [this](const Result<QStringList> &r) {
        if (r.ok())
            m_context.actorPermissions = r.value();
        else
            m_status->showError(tr("Cannot read your console permissions: %1").arg(r.message()));
        contextPartArrived();
    });
    // Without roles.read the preview leaves role rules to core (which checks every call anyway).
    whenAnswered(this, m_directory->listRoles(m_actor), [this](const Result<QList<Role>> &r) {
        if (r.ok()) {
            m_context.roles = r.value();
            const QString current = m_role->currentText();
            m_role->clear();
            for (const Role &role : r.value())
                m_role->addItem(role.name);
            if (const int i = m_role->findText(current); i >= 0)
                m_role->setCurrentIndex(i);
        }
        contextPartArrived();
    });
    UserQuery owners;
    owners.filter.role = ConsolePermission::OwnerRole;
    owners.limit = 10000;
    whenAnswered(this, m_directory->listUsers(m_actor, owners), [this](const Result<UserPage> &r) {
        // Only a complete list of owners makes the last-owner rule predictable.
        if (r.ok() && r->users.size() == r->total) {
            QSet<qint64> active;
            for (const User &u : r->users)
                if (u.status == UserStatus::Active)
                    active.insert(u.id);
            m_context.activeOwnerIds = active;
        }
        contextPartArrived();
    });
}

void BulkActionDialog::contextPartArrived()
{
    if (--m_contextPending == 0)
        schedulePreview();
}

void BulkActionDialog::setUsers(QList<User> users)
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    m_users = std::move(users);
    m_usersReady = true;
    m_selection->setText(tr("%n user(s) selected.", nullptr, toInt(m_users.size())));
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    Q_EMIT usersLoaded(m_users.size());
    schedulePreview();
}

void BulkActionDialog::loadUsers(const UserQuery &query)
{
    if (!m_directory)
        return;
    m_usersReady = false;
    m_users.clear();
    m_model->clear();
    auto *pager = new UserPager(m_directory, m_actor, query, this);
    pager->setCollecting(true);
    m_pager = pager;
    m_selection->setText(tr("Reading the users of the current search…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    connect(pager, &UserPager::progress, this, [this](qint64 fetched, qint64 total) {
        m_progress->setRange(0, toInt(total));
        m_progress->setValue(toInt(fetched));
        m_selection->setText(tr("Reading the users of the current search: %1 of %2…").arg(fetched).arg(total));
    });
    connect(pager, &UserPager::finished, this, [this, pager](const Status &status) {
        if (m_pager != pager)
            return;
        m_pager = nullptr;
        pager->deleteLater();
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        if (!status.ok()) {
            m_selection->setText(status.code() == ErrorCode::Canceled
                                     ? tr("Reading the users was canceled; nothing to preview.")
                                     : tr("Cannot read the users: %1").arg(status.message()));
            return;
        }
        setUsers(pager->users());
    });
    pager->start();
}

void BulkActionDialog::setAction(const BulkAction &action)
{
    const QSignalBlocker blockCombo(m_actionCombo);
    for (int i = 0; i < m_actionCombo->count(); ++i)
        if (m_actionCombo->itemData(i).toInt() == static_cast<int>(action.kind))
            m_actionCombo->setCurrentIndex(i);
    {
        const QSignalBlocker b1(m_reason), b2(m_untilCheck), b3(m_until), b4(m_role);
        m_reason->setText(action.reason);
        m_untilCheck->setChecked(action.until.isValid());
        m_until->setEnabled(action.until.isValid());
        if (action.until.isValid())
            m_until->setDateTime(action.until.toLocalTime());
        if (!action.role.isEmpty()) {
            if (m_role->findText(action.role, Qt::MatchFixedString) < 0)
                m_role->addItem(action.role);
            m_role->setCurrentIndex(m_role->findText(action.role, Qt::MatchFixedString));
        }
    }
    onActionChanged();
}

BulkAction BulkActionDialog::action() const
{
    BulkAction a;
    a.kind = static_cast<BulkActionKind>(m_actionCombo->currentData().toInt());
    if (a.kind == BulkActionKind::Disable) {
        a.reason = m_reason->text().trimmed();
        if (m_untilCheck->isChecked())
            a.until = m_until->dateTime().toUTC();
    }
    if (a.kind == BulkActionKind::AddRole || a.kind == BulkActionKind::RemoveRole)
        a.role = m_role->currentText();
    return a;
}

void BulkActionDialog::onActionChanged()
{
    switch (action().kind) {
    case BulkActionKind::Disable:
        m_inputs->setCurrentIndex(DisableInputs);
        break;
    case BulkActionKind::AddRole:
    case BulkActionKind::RemoveRole:
        m_inputs->setCurrentIndex(RoleInputs);
        break;
    case BulkActionKind::Delete:
        m_inputs->setCurrentIndex(DeleteInputs);
        break;
    case BulkActionKind::Enable:
    case BulkActionKind::RequirePasswordChange:
        m_inputs->setCurrentIndex(NoInputs);
        break;
    }
    m_confirm->clear();
    schedulePreview();
}

bool BulkActionDialog::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

QString BulkActionDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void BulkActionDialog::schedulePreview()
{
    if (m_ran || isRunning())
        return;
    // An old preview must not be run while a new one is on its way.
    m_previewComplete = false;
    ++m_previewGeneration;
    updateRunButton();
    m_previewTimer->start();
}

void BulkActionDialog::startPreview()
{
    if (!m_usersReady || m_contextPending > 0 || m_ran || isRunning())
        return;
    const quint64 generation = ++m_previewGeneration;
    m_model->clear();
    m_planned = 0;
    m_previewComplete = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BulkAction a = action();
    if (auto valid = a.validate(now); !valid.ok()) {
        m_planner.reset();
        m_status->showError(valid.message());
        m_counts->clear();
        updateRunButton();
        return;
    }
    m_status->clear();
    m_planner.emplace(a, m_context, now);
    planSlice(generation);
}

void BulkActionDialog::planSlice(quint64 generation)
{
    if (generation != m_previewGeneration || !m_planner)
        return;
    // A slice at a time, then back to the event loop: typing and Cancel stay responsive.
    const qsizetype end = std::min<qsizetype>(m_planned + PlanSliceSize, m_users.size());
    QList<BulkPlanItem> items;
    items.reserve(end - m_planned);
    for (qsizetype i = m_planned; i < end; ++i)
        items << m_planner->plan(m_users.at(i));
    m_planned = end;
    m_model->append(items);
    updateCounts();
    if (m_planned < m_users.size()) {
        QMetaObject::invokeMethod(
            this, [this, generation] { planSlice(generation); }, Qt::QueuedConnection);
        return;
    }
    m_previewComplete = true;
    updateCounts();
    updateRunButton();
    Q_EMIT previewReady();
}

void BulkActionDialog::updateCounts()
{
    const qsizetype change = m_model->count(BulkVerdict::Change);
    QString text = tr("%1 will change, %2 skipped, %3 refused.")
                       .arg(change)
                       .arg(m_model->count(BulkVerdict::Skip))
                       .arg(m_model->count(BulkVerdict::Refuse));
    if (!m_previewComplete)
        text += QLatin1Char(' ') + tr("Preparing the preview: %1 of %2…").arg(m_planned).arg(m_users.size());
    m_counts->setText(text);
    m_confirmLabel->setText(tr("Deleting cannot be undone. Type the number of users that will be deleted (%1) to "
                               "confirm.")
                                .arg(change));
}

void BulkActionDialog::updateRunButton()
{
    bool ok = m_previewComplete && !m_ran && !isRunning() && m_model->count(BulkVerdict::Change) > 0;
    if (ok && action().kind == BulkActionKind::Delete)
        ok = m_confirm->text().trimmed() == QString::number(m_model->count(BulkVerdict::Change));
    m_runButton->setEnabled(ok);
}

void BulkActionDialog::run()
{
    if (!m_runButton->isEnabled() || !m_directory)
        return;
    m_ran = true;
    m_runButton->setEnabled(false);
    m_actionCombo->setEnabled(false);
    m_inputs->setEnabled(false);
    m_runner = new BulkRunner(m_directory, m_actor, m_planner->action(), m_model->items(), this);
    m_progress->setRange(0, toInt(m_runner->changeCount()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_cancelButton->setEnabled(true);
    connect(m_runner, &BulkRunner::itemFinished, m_model, &BulkPlanModel::setOutcome);
    connect(m_runner, &BulkRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(toInt(done));
        m_counts->setText(tr("Running: %1 of %2 done.").arg(done).arg(total));
    });
    connect(m_runner, &BulkRunner::finished, this, &BulkActionDialog::onRunFinished);
    m_runner->start();
}

void BulkActionDialog::cancelRun()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_cancelButton->setEnabled(false);
    m_counts->setText(tr("Canceling after the current user…"));
}

void BulkActionDialog::reject()
{
    if (isRunning()) {
        cancelRun();
        return;
    }
    if (m_pager)
        m_pager->cancel();
    QDialog::reject();
}

void BulkActionDialog::onRunFinished(const BulkSummary &summary)
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    const QString text = summary.toText();
    m_counts->setText(text.section(QLatin1Char('\n'), 0, 0));
    m_summary->setPlainText(text);
    m_summary->setVisible(true);
    m_copyButton->setVisible(true);
    Q_EMIT runFinished(summary);
}

void BulkActionDialog::copySummary()
{
    QApplication::clipboard()->setText(m_summary->toPlainText());
}

} // namespace authdesk
