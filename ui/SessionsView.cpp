#include "ui/SessionsView.h"

#include "core/Directory.h"
#include "core/policy/ConsolePermissions.h"
#include "core/policy/InputRules.h"
#include "models/Continuation.h"
#include "models/SessionListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace authdesk {

namespace P = ConsolePermission;

namespace {

QString shown(const QString &text)
{
    return InputRules::escapeForDisplay(text);
}

int asInt(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, INT_MAX));
}

QString keyText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

SessionsView::SessionsView(Directory *directory, Principal actor, QWidget *parent)
    : QWidget(parent),
      m_directory(directory),
      m_actor(std::move(actor)),
      m_model(new SessionListModel(directory, m_actor, this))
{
    setAccessibleName(tr("Sessions"));

    // The filter: one user or everyone, live only or with the ended ones.
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("sessionUserEdit"));
    m_userEdit->setPlaceholderText(tr("All users"));
    m_userEdit->setAccessibleName(tr("Show the sessions of this user"));
    m_userEdit->setToolTip(tr("A username, email or #id; empty for everyone's sessions. Return shows them."));
    m_userEdit->setClearButtonEnabled(true);
    m_userEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userEdit);
    m_includeEnded = new QCheckBox(tr("Include &ended"), this);
    m_includeEnded->setObjectName(QStringLiteral("includeEndedBox"));
    m_includeEnded->setToolTip(tr("Also list the sessions that were ended or have expired (kept until pruned)"));
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshSessionsAction"));
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_refresh->setShortcuts(refreshKeys);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Read the sessions from the directory again (%1)").arg(keyText(m_refresh)));
    addAction(m_refresh);
    m_refreshButton = new QPushButton(m_refresh->text(), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshSessionsButton"));
    m_refreshButton->setAccessibleName(tr("Refresh the sessions"));
    m_refreshButton->setToolTip(m_refresh->toolTip());
    auto *bar = new QHBoxLayout;
    bar->addWidget(userLabel);
    bar->addWidget(m_userEdit);
    bar->addWidget(m_includeEnded);
    bar->addWidget(m_refreshButton);
    bar->addStretch();

    // The list. Not sortable: the directory's order is the only one it can give for every row.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setAccessibleName(tr("Sessions, the newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The order is the directory's, the newest login first: shown, but not a control.
    header->setSectionsClickable(false);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(SessionListModel::Created, Qt::DescendingOrder);
    // Every column as wide as what it shows on screen; the user agent, the longest, takes the rest
    // (elided, whole in its tooltip and the details).
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SessionListModel::UserAgent, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    // The rows arrive after the view is shown: each column is sized to what it holds then (the
    // header's ResizeToContents mode does not follow rows that arrive later).
    auto fit = [this] {
        for (int c = 0; c < SessionListModel::ColumnCount; ++c)
            if (c != SessionListModel::UserAgent)
                m_table->resizeColumnToContents(c);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, header, fit);
    connect(m_model, &QAbstractItemModel::modelReset, header, fit);
    const int ch = fontMetrics().averageCharWidth();
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    // The selected session in full.
    auto *detailsBox = new QGroupBox(tr("Selected session"), this);
    detailsBox->setObjectName(QStringLiteral("sessionDetails"));
    m_detailsBody = new QWidget(detailsBox);
    auto *leftForm = new QFormLayout;
    auto *rightForm = new QFormLayout;
    auto addField = [this](QFormLayout *form, const QString &label, const char *name) {
        auto *value = new QLabel(m_detailsBody);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
        form->addRow(label, value);
        m_details.insert(value->objectName(), value);
    };
    addField(leftForm, tr("User:"), "sessionUserValue");
    addField(leftForm, tr("Kind:"), "sessionKindValue");
    addField(leftForm, tr("State:"), "sessionStateValue");
    addField(leftForm, tr("Second factor:"), "sessionMfaValue");
    addField(leftForm, tr("IP address:"), "sessionIpValue");
    addField(leftForm, tr("User agent:"), "sessionUserAgentValue");
    addField(rightForm, tr("Created:"), "sessionCreatedValue");
    addField(rightForm, tr("Last seen:"), "sessionLastSeenValue");
    addField(rightForm, tr("Idle expiry:"), "sessionIdleExpiryValue");
    addField(rightForm, tr("Absolute expiry:"), "sessionExpiryValue");
    addField(rightForm, tr("Ended:"), "sessionEndedValue");
    auto *bodyLayout = new QHBoxLayout(m_detailsBody);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(leftForm, 3);
    bodyLayout->addSpacing(ch * 3);
    bodyLayout->addLayout(rightForm, 2);
    m_detailsPlaceholder = new QLabel(tr("Select a session to see it in full."), detailsBox);
    m_detailsPlaceholder->setObjectName(QStringLiteral("sessionDetailsPlaceholder"));
    m_detailsPlaceholder->setAlignment(Qt::AlignCenter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_detailsBody);
    detailsLayout->addWidget(m_detailsPlaceholder);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sessionSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);

    // The actions, as buttons, in the context menu, and on the keyboard.
    auto makeAction = [this](const QString &text, const QKeySequence &keys, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_endSession = makeAction(tr("E&nd Session"), QKeySequence(QKeySequence::Delete), "endSessionAction");
    m_signOutUser = makeAction(tr("Sign Out User E&verywhere…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                               "signOutUserAction");
    m_signOutEveryone = makeAction(tr("Sign Out Every&one…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                                   "signOutEveryoneAction");
    auto buttonFor = [this](QAction *action, const QString &accessibleName, const char *name) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setAccessibleName(accessibleName);
        auto sync = [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        };
        sync();
        connect(action, &QAction::changed, button, sync);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return button;
    };
    QPushButton *endButton = buttonFor(m_endSession, tr("End the selected session"), "endSessionButton");
    QPushButton *userButton =
        buttonFor(m_signOutUser, tr("Sign the user out of every application"), "signOutUserButton");
    QPushButton *everyoneButton =
        buttonFor(m_signOutEveryone, tr("Sign every user out of every application"), "signOutEveryoneButton");

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sessionStatus"));
    m_status->setAccessibleName(tr("Sessions status"));
    m_status->setTextFormat(Qt::PlainText);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("sessionNotice"));
    m_notice->setAccessibleName(tr("Result of the last action"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status);
    bottom->addWidget(m_notice, 1);
    bottom->addWidget(endButton);
    bottom->addWidget(userButton);
    bottom->addSpacing(ch * 2);
    bottom->addWidget(everyoneButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Reading order: the filter, the list, then what can be done to it.
    setTabOrder(m_userEdit, m_includeEnded);
    setTabOrder(m_includeEnded, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);
    setTabOrder(m_table, endButton);
    setTabOrder(endButton, userButton);
    setTabOrder(userButton, everyoneButton);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_userEdit->setFocus(Qt::ShortcutFocusReason);
        m_userEdit->selectAll();
    });

    connect(m_userEdit, &QLineEdit::returnPressed, this, &SessionsView::applyFilter);
    connect(m_includeEnded, &QCheckBox::toggled, this, &SessionsView::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, m_refresh, &QAction::trigger);
    connect(m_refresh, &QAction::triggered, this, &SessionsView::refresh);
    connect(m_endSession, &QAction::triggered, this, &SessionsView::endSelectedSession);
    connect(m_signOutUser, &QAction::triggered, this, &SessionsView::signOutUserEverywhere);
    connect(m_signOutEveryone, &QAction::triggered, this, &SessionsView::signOutEveryone);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SessionsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsView::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsView::updateStatus);
    connect(m_model, &SessionListModel::totalChanged, this, &SessionsView::updateStatus);
    connect(m_model, &SessionListModel::loadingChanged, this, &SessionsView::updateStatus);
    connect(m_model, &SessionListModel::errorOccurred, this, &SessionsView::updateStatus);

    showCurrent();
    updateStatus();
    readPermissions();
}

QString SessionsView::statusText() const
{
    return m_status->text();
}

QString SessionsView::noticeText() const
{
    return m_notice->text();
}

QString SessionsView::detailText(const QString &objectName) const
{
    const QLabel *label = m_details.value(objectName);
    return label ? label->text() : QString();
}

const SessionInfo *SessionsView::currentSession() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->sessionAt(current.row()) : nullptr;
}

bool SessionsView::can(const QString &permission) const
{
    return m_permissions.contains(permission);
}

QString SessionsView::missingTip(const QString &permission) const
{
    if (!m_permissionsKnown)
        return tr("Your console permissions are not known yet.");
    return tr("Needs the console permission %1, which you do not have.").arg(permission);
}

void SessionsView::readPermissions()
{
    if (!m_directory)
        return;
    whenAnswered(this, m_directory->ownConsolePermissions(m_actor), [this](const Result<QStringList> &result) {
        if (!result.ok()) {
            setNotice(result.message(), true);
            return;
        }
        m_permissions = QSet<QString>(result->begin(), result->end());
        m_permissionsKnown = true;
        updateActions();
    });
}

void SessionsView::showUser(const QString &user)
{
    m_userEdit->setText(user.trimmed());
    applyFilter();
}

void SessionsView::applyFilter()
{
    m_model->setFilter(m_userEdit->text(), m_includeEnded->isChecked());
    updateStatus();
    updateActions();
}

void SessionsView::refresh()
{
    readPermissions(); // a role changed meanwhile shows at once
    applyFilter();
}

QString SessionsView::targetUser() const
{
    if (const SessionInfo *s = currentSession())
        return s->username;
    return m_model->userFilter();
}

void SessionsView::updateActions()
{
    const bool idle = m_permissionsKnown && !m_busy;
    const SessionInfo *current = currentSession();
    const bool live = current && SessionListModel::isLive(*current, QDateTime::currentDateTimeUtc());

    const bool mayRevoke = can(P::SessionsRevoke);
    m_endSession->setEnabled(idle && mayRevoke && live);
    if (!mayRevoke)
        m_endSession->setToolTip(missingTip(P::SessionsRevoke));
    else if (!current)
        m_endSession->setToolTip(tr("Select a session first."));
    else if (!live)
        m_endSession->setToolTip(tr("The selected session has ended already."));
    else
        m_endSession->setToolTip(tr("End the selected session at once; the user's other sessions stay (%1)")
                                     .arg(keyText(m_endSession)));

    const QString user = targetUser();
    m_signOutUser->setEnabled(idle && mayRevoke && !user.isEmpty());
    if (!mayRevoke)
        m_signOutUser->setToolTip(missingTip(P::SessionsRevoke));
    else if (user.isEmpty())
        m_signOutUser->setToolTip(tr("Select a session, or show one user's sessions, first."));
    else
        m_signOutUser->setToolTip(
            tr("End every session of %1 in every application (%2)").arg(shown(user), keyText(m_signOutUser)));

    const bool mayManage = can(P::SettingsManage);
    m_signOutEveryone->setEnabled(idle && mayRevoke && mayManage);
    if (!m_permissionsKnown)
        m_signOutEveryone->setToolTip(missingTip(P::SessionsRevoke));
    else if (!mayRevoke && !mayManage)
        m_signOutEveryone->setToolTip(tr("Needs the console permissions %1 and %2, which you do not have.")
                                          .arg(P::SessionsRevoke, P::SettingsManage));
    else if (!mayRevoke || !mayManage)
        m_signOutEveryone->setToolTip(missingTip(mayRevoke ? P::SettingsManage : P::SessionsRevoke));
    else
        m_signOutEveryone->setToolTip(
            tr("End every session of every user in every application (%1)").arg(keyText(m_signOutEveryone)));
}

void SessionsView::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(tr("Cannot show the sessions: %1").arg(m_model->lastError()));
        updateActions();
        return;
    }
    const qint64 total = m_model->total();
    const qint64 live = m_model->liveTotal();
    if (total < 0 || live < 0) {
        m_status->setText(tr("Loading sessions…"));
        updateActions();
        return;
    }
    const QString user = m_model->userFilter();
    QString text = user.isEmpty() ? tr("%n live session(s)", nullptr, asInt(live))
                                  : tr("%n live session(s) of %1", nullptr, asInt(live)).arg(shown(user));
    if (m_model->includeEnded())
        text = tr("%1; %n row(s) with the ended ones", nullptr, asInt(total)).arg(text);
    if (m_model->rowCount() < total)
        text = tr("%1 (%2 of %3 shown; scroll for more)").arg(text).arg(m_model->rowCount()).arg(total);
    m_status->setText(text);
    updateActions();
}

void SessionsView::showCurrent()
{
    const SessionInfo *s = currentSession();
    m_detailsBody->setVisible(s != nullptr);
    m_detailsPlaceholder->setVisible(s == nullptr);
    if (!s) {
        for (QLabel *label : std::as_const(m_details))
            label->clear();
        updateActions();
        return;
    }
    auto set = [this](const QString &name, const QString &text) {
        if (QLabel *label = m_details.value(name))
            label->setText(text);
    };
    auto when = [](const QDateTime &utc, const QString &otherwise) {
        return utc.isValid() ? tr("%1 (%2)").arg(SessionListModel::localTime(utc), SessionListModel::utcTime(utc))
                             : otherwise;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    set(QStringLiteral("sessionUserValue"), tr("%1 (#%2)").arg(shown(s->username)).arg(s->userId));
    set(QStringLiteral("sessionKindValue"),
        s->kind == SessionInfo::Kind::Session
            ? tr("%1 #%2").arg(SessionListModel::kindText(s->kind)).arg(s->id)
            : tr("%1 #%2, rotated %n time(s)", nullptr, asInt(s->generation))
                  .arg(SessionListModel::kindText(s->kind))
                  .arg(s->id));
    QString state = SessionListModel::stateText(*s, now);
    set(QStringLiteral("sessionStateValue"), state);
    set(QStringLiteral("sessionMfaValue"), s->mfaUsed ? tr("Used at sign-in") : tr("Not used (password alone)"));
    set(QStringLiteral("sessionIpValue"), s->ip.isEmpty() ? tr("unknown") : shown(s->ip));
    set(QStringLiteral("sessionUserAgentValue"), s->userAgent.isEmpty() ? tr("unknown") : shown(s->userAgent));
    set(QStringLiteral("sessionCreatedValue"), when(s->createdAt, tr("unknown")));
    set(QStringLiteral("sessionLastSeenValue"), when(s->lastSeenAt, tr("never")));
    set(QStringLiteral("sessionIdleExpiryValue"), when(s->idleExpiresAt, tr("none")));
    set(QStringLiteral("sessionExpiryValue"), when(s->expiresAt, tr("none")));
    set(QStringLiteral("sessionEndedValue"), when(s->revokedAt, tr("not ended")));
    updateActions();
}

void SessionsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(m_endSession);
    menu.addAction(m_signOutUser);
    menu.addSeparator();
    menu.addAction(m_signOutEveryone);
    menu.addSeparator();
    menu.addAction(m_refresh);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool SessionsView::confirm(const Confirmation &question)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("sessionConfirmation"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(question.details);
    QPushButton *accept = box.addButton(question.acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void SessionsView::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    QPalette p = m_notice->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_notice->setPalette(p);
}

void SessionsView::finishAction(bool ok, const QString &notice)
{
    m_busy = false;
    setNotice(notice, !ok);
    m_model->refresh();
    updateActions();
    Q_EMIT actionFinished(ok);
}

void SessionsView::endSelectedSession()
{
    const SessionInfo *current = currentSession();
    if (!current || !m_endSession->isEnabled() || !m_directory)
        return;
    const SessionInfo s = *current;
    const QString who = shown(s.username);
    const QString where = tr("%1, %2").arg(s.ip.isEmpty() ? tr("unknown address") : shown(s.ip),
                                           s.userAgent.isEmpty() ? tr("unknown user agent") : shown(s.userAgent));
    Confirmation question;
    question.title = tr("End Session");
    question.text = s.kind == SessionInfo::Kind::Session ? tr("End session #%1 of %2?").arg(s.id).arg(who)
                                                         : tr("End refresh family #%1 of %2?").arg(s.id).arg(who);
    question.details =
        s.kind == SessionInfo::Kind::Session
            ? tr("The application session from %1, last seen %2, stops working at once. The other sessions of %3 "
                 "stay.")
                  .arg(where, SessionListModel::localTime(s.lastSeenAt), who)
            : tr("The refresh token from %1, last seen %2, stops working at once, so no new access token comes from "
                 "it. The other sessions of %3 stay.")
                  .arg(where, SessionListModel::localTime(s.lastSeenAt), who);
    question.acceptText = tr("End Session");
    if (!confirm(question))
        return;
    m_busy = true;
    setNotice(tr("Ending session #%1…").arg(s.id), false);
    updateActions();
    whenAnswered(this, m_directory->revokeSession(m_actor, s.id), [this, s, who](const Result<int> &result) {
        if (!result.ok()) {
            finishAction(false, result.message());
            return;
        }
        finishAction(true, result.value() > 0 ? tr("Ended session #%1 of %2.").arg(s.id).arg(who)
                                              : tr("Session #%1 of %2 had ended already.").arg(s.id).arg(who));
    });
}

void SessionsView::signOutUserEverywhere()
{
    const QString user = targetUser();
    if (user.isEmpty() || !m_signOutUser->isEnabled())
        return;
    countThenRevoke(user);
}

void SessionsView::signOutEveryone()
{
    if (!m_signOutEveryone->isEnabled())
        return;
    countThenRevoke(QString());
}

void SessionsView::countThenRevoke(const QString &user)
{
    if (!m_directory)
        return;
    // The question says how many live sessions end, so it is asked after counting them.
    m_busy = true;
    setNotice(tr("Counting the live sessions…"), false);
    updateActions();
    SessionQuery query;
    query.user = user;
    query.includeEnded = false;
    query.limit = 1;
    whenAnswered(this, m_directory->listSessions(m_actor, query), [this, user](const Result<SessionPage> &count) {
        if (!count.ok()) {
            finishAction(false, count.message());
            return;
        }
        const int live = asInt(count->total);
        const QString who = shown(user);
        Confirmation question;
        if (user.isEmpty()) {
            question.title = tr("Sign Out Everyone");
            question.text = tr("Sign out every user of %1 everywhere?").arg(shown(m_directory->displayName()));
            question.details =
                tr("All %n live session(s) of all users end now, and every access token issued until now stops "
                   "being accepted. Every user has to sign in again in every application. Console sign-ins, "
                   "yours included, are not affected.",
                   nullptr, live);
            question.acceptText = tr("Sign Out Everyone");
        } else {
            question.title = tr("Sign Out Everywhere");
            question.text = tr("Sign %1 out everywhere?").arg(who);
            question.details =
                live > 0 ? tr("The %n live session(s) of %1 end now, and every access token issued to %1 until now "
                              "stops being accepted. %1 has to sign in again in every application.",
                              nullptr, live)
                               .arg(who)
                         : tr("%1 has no live session now; the access tokens issued to %1 until now stop being "
                              "accepted all the same.")
                               .arg(who);
            question.acceptText = tr("Sign Out %1").arg(who);
        }
        if (!confirm(question)) {
            m_busy = false;
            setNotice(QString(), false);
            updateActions();
            return;
        }
        setNotice(user.isEmpty() ? tr("Signing everyone out…") : tr("Signing %1 out everywhere…").arg(who), false);
        auto call = user.isEmpty() ? m_directory->revokeAllSessions(m_actor)
                                   : m_directory->revokeUserSessions(m_actor, user);
        whenAnswered(this, call, [this, user, who](const Result<int> &result) {
            if (!result.ok()) {
                finishAction(false, result.message());
                return;
            }
            finishAction(true, user.isEmpty()
                                   ? tr("Signed everyone out: %n session(s) ended.", nullptr, result.value())
                                   : tr("Signed %1 out everywhere: %n session(s) ended.", nullptr, result.value())
                                         .arg(who));
        });
    });
}

} // namespace authdesk
