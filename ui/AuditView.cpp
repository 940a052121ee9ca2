#include "ui/AuditView.h"

#include "models/CsvWriter.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <atomic>
#include <climits>

namespace authdesk {

// Pages are read on the directory's SQL thread and turned into CSV and written on a pool thread;
// the GUI thread only asks for the next page and moves the progress bar. The mutex makes a cancel
// wait for a page being written, so the partial file is closed and removed only once.
struct AuditView::ExportJob {
    QFile file;
    QMutex mutex;
    std::atomic<bool> canceled{false};
};

namespace {

constexpr int ExportPageSize = 2000;

// What a pool thread reports for one written page.
struct WrittenPage {
    bool ok = true;
    qsizetype events = 0;
    qint64 lastId = 0;
    QString error;
};

// The earliest time the editors offer stands for "no bound" and shows as such.
QDateTime unsetTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

QString prettyJson(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    // QJsonDocument writes control characters inside strings as \uXXXX escapes already; what
    // is not JSON is shown as it is, escaped.
    if (doc.isNull())
        return AuditListModel::escapeControls(json);
    return AuditListModel::escapeControls(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed())
        .replace(QLatin1String("\\u000a"), QLatin1String("\n"));
}

} // namespace

AuditView::AuditView(Directory *directory, Principal actor, QWidget *parent)
    : QWidget(parent), m_directory(directory), m_actor(actor), m_model(new AuditListModel(directory, actor, this))
{
    m_actorEdit = new QLineEdit(this);
    m_actorEdit->setPlaceholderText(tr("Name or #id"));
    m_actorEdit->setAccessibleName(tr("Actor filter"));
    m_actorEdit->setClearButtonEnabled(true);
    m_actionEdit = new QLineEdit(this);
    m_actionEdit->setPlaceholderText(tr("user.update, or mfa. for all MFA"));
    m_actionEdit->setAccessibleName(tr("Action filter"));
    m_actionEdit->setClearButtonEnabled(true);
    m_resultCombo = new QComboBox(this);
    m_resultCombo->setAccessibleName(tr("Result filter"));
    m_resultCombo->addItem(tr("Any result"));
    for (AuditResult r : {AuditResult::Success, AuditResult::Denied, AuditResult::Failed})
        m_resultCombo->addItem(AuditListModel::resultText(r), static_cast<int>(r));
    auto timeEdit = [this](const QString &name) {
        auto *edit = new QDateTimeEdit(this);
        edit->setAccessibleName(name);
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setMinimumDateTime(unsetTime());
        edit->setSpecialValueText(tr("any time"));
        edit->setDateTime(unsetTime());
        return edit;
    };
    m_fromEdit = timeEdit(tr("From time (local)"));
    m_toEdit = timeEdit(tr("To time (local)"));
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setDefault(true);
    m_clearButton = new QPushButton(tr("C&lear"), this);

    auto *filters = new QHBoxLayout;
    auto addLabeled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabeled(tr("A&ctor:"), m_actorEdit);
    addLabeled(tr("Ac&tion:"), m_actionEdit);
    addLabeled(tr("&Result:"), m_resultCombo);
    addLabeled(tr("F&rom:"), m_fromEdit);
    addLabeled(tr("T&o:"), m_toEdit);
    filters->addWidget(m_applyButton);
    filters->addWidget(m_clearButton);

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Uniform row heights: the view never measures rows, whatever has been fetched.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Rows, not pixels: the table's scroll value is then its top row, which maps onto the log.
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->installEventFilter(this);
    fitTimeColumn();
    m_logScroll = new QScrollBar(Qt::Vertical, this);
    m_logScroll->setAccessibleName(tr("Position in the audit log"));
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QHBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_logScroll);

    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Selected event details"));
    m_details->setPlaceholderText(tr("Select an event to see what it changed."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Audit list status"));
    m_status->setWordWrap(true);
    m_verdict = new QLabel(this);
    m_verdict->setAccessibleName(tr("Audit chain verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyButton = new QPushButton(tr("&Verify chain"), this);
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(m_verifyButton);
    bottom->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    setTabOrder(m_actorEdit, m_actionEdit);
    setTabOrder(m_actionEdit, m_resultCombo);
    setTabOrder(m_resultCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_applyButton);
    setTabOrder(m_applyButton, m_clearButton);
    setTabOrder(m_clearButton, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_verifyButton);
    setTabOrder(m_verifyButton, m_exportButton);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_actorEdit->setFocus(Qt::ShortcutFocusReason);
        m_actorEdit->selectAll();
    });
    shortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportCsv(); });

    connect(m_applyButton, &QPushButton::clicked, this, &AuditView::applyFilter);
    connect(m_clearButton, &QPushButton::clicked, this, &AuditView::clearFilter);
    connect(m_actorEdit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_actionEdit, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditView::verifyChain);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditView::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::showSelected);
    connect(m_model, &AuditListModel::totalChanged, this, &AuditView::updateStatus);
    connect(m_model, &AuditListModel::loadingChanged, this, &AuditView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateStatus);
    QScrollBar *own = m_table->verticalScrollBar();
    // The table sets its bar's range before its page step: the sync waits for both.
    connect(own, &QScrollBar::rangeChanged, this, [this] {
        syncLogScrollBar();
        QMetaObject::invokeMethod(this, &AuditView::syncLogScrollBar, Qt::QueuedConnection);
    });
    connect(own, &QScrollBar::valueChanged, this, [this] {
        syncLogScrollBar();
        // Not inside the table's own scrolling: the window moves once that is over.
        if (!m_recenterQueued) {
            m_recenterQueued = true;
            QMetaObject::invokeMethod(this, &AuditView::keepWindowAround, Qt::QueuedConnection);
        }
    });
    connect(m_logScroll, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncingScroll)
            scrollToLogRow(value);
    });
    connect(m_model, &AuditListModel::windowMoved, this, &AuditView::syncLogScrollBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::syncLogScrollBar);
    connect(m_model, &AuditListModel::errorOccurred, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    updateStatus();
}

AuditView::~AuditView()
{
    if (m_export)
        finishExport(false, QString());
}

QByteArray AuditView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool AuditView::restoreState(const QByteArray &state)
{
    const bool ok = m_table->horizontalHeader()->restoreState(state);
    fitTimeColumn(); // a state saved with another font or locale may cut the time short
    return ok;
}

void AuditView::fitTimeColumn()
{
    // The longest time the column can show, each digit as the widest digit of the font, plus the
    // cell's margins: no time is ever elided, whatever the locale, font or saved header state.
    const QString sample = QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(20, 58, 58)),
                                              QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QFontMetrics metrics = m_table->fontMetrics();
    int width = 0;
    for (char16_t d = u'0'; d <= u'9'; ++d) {
        QString text = sample;
        for (QChar &c : text) {
            if (c.isDigit())
                c = QChar(d);
        }
        width = std::max(width, metrics.horizontalAdvance(text));
    }
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    width += 2 * margin + metrics.averageCharWidth();
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sectionSize(AuditListModel::Time) < width)
        header->resizeSection(AuditListModel::Time, width);
}

void AuditView::setExportPathProvider(ExportPathProvider provider)
{
    m_exportPath = std::move(provider);
}

void AuditView::applyFilter()
{
    AuditQuery f;
    const QString actor = m_actorEdit->text().trimmed();
    bool isId = false;
    const qint64 id = actor.startsWith(QLatin1Char('#')) ? QStringView(actor).mid(1).toLongLong(&isId) : 0;
    if (isId)
        f.actorId = id;
    else
        f.actor = actor;
    f.action = m_actionEdit->text().trimmed();
    if (m_resultCombo->currentIndex() > 0)
        f.result = static_cast<AuditResult>(m_resultCombo->currentData().toInt());
    if (m_fromEdit->dateTime() > unsetTime())
        f.from = m_fromEdit->dateTime().toUTC();
    if (m_toEdit->dateTime() > unsetTime())
        f.to = m_toEdit->dateTime().toUTC();
    m_error.clear();
    m_model->setFilter(f);
    updateStatus();
}

void AuditView::clearFilter()
{
    m_actorEdit->clear();
    m_actionEdit->clear();
    m_resultCombo->setCurrentIndex(0);
    m_fromEdit->setDateTime(unsetTime());
    m_toEdit->setDateTime(unsetTime());
    applyFilter();
}

void AuditView::refresh()
{
    m_error.clear();
    m_model->refresh();
    updateStatus();
}

QString AuditView::statusText() const
{
    return m_status->text();
}

QString AuditView::verdictText() const
{
    return m_verdict->text();
}

QString AuditView::detailsPaneText() const
{
    return m_details->toPlainText();
}

void AuditView::updateStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(tr("Cannot show the audit log: %1").arg(m_error));
        return;
    }
    const int shown = m_model->rowCount();
    const qint64 total = m_model->total();
    auto asInt = [](qint64 n) { return static_cast<int>(std::clamp<qint64>(n, 0, INT_MAX)); };
    if (total < 0)
        m_status->setText(m_model->isLoading() ? tr("Loading…") : tr("%n event(s)", nullptr, shown));
    else if (m_model->isWindowed() || (m_model->atEnd() && shown >= total))
        m_status->setText(tr("%n event(s)", nullptr, asInt(total)));
    else
        m_status->setText(tr("%1 of %n event(s) loaded; scroll for more", nullptr, asInt(total)).arg(shown));
}

QString AuditView::detailsText(const AuditEvent &e)
{
    const QString none = tr("(none)");
    auto esc = &AuditListModel::escapeControls;
    QString text = tr("Event %1 at %2 UTC").arg(e.id).arg(e.at.toUTC().toString(Qt::ISODateWithMs)) + QLatin1Char('\n');
    text += tr("Actor: %1 (#%2)").arg(esc(e.actorName)).arg(e.actorId) + QLatin1Char('\n');
    text += tr("Action: %1, result: %2").arg(esc(e.action), AuditListModel::resultText(e.result)) + QLatin1Char('\n');
    text += tr("Target: %1 %2 (#%3)").arg(esc(e.targetType), esc(e.targetName), esc(e.targetId)) + QLatin1Char('\n');
    text += tr("Reason: %1").arg(e.reason.isEmpty() ? none : esc(e.reason)) + QLatin1Char('\n');
    text += tr("Machine: %1").arg(esc(e.machine)) + QLatin1Char('\n');
    const QString before = prettyJson(e.before);
    const QString after = prettyJson(e.after);
    text +=
        QLatin1Char('\n') + tr("Before:") + QLatin1Char('\n') + (before.isEmpty() ? none : before) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("After:") + QLatin1Char('\n') + (after.isEmpty() ? none : after) + QLatin1Char('\n');
    return text;
}

qint64 AuditView::currentLogRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->windowStart() + current.row() : -1;
}

void AuditView::syncLogScrollBar()
{
    const QScrollBar *own = m_table->verticalScrollBar();
    // The rows past the window count as rows the table could scroll to.
    const qint64 beyond = std::max<qint64>(0, m_model->logRowCount() - m_model->windowStart() - m_model->rowCount());
    const qint64 maximum = std::min<qint64>(m_model->windowStart() + own->maximum() + beyond, INT_MAX);
    m_syncingScroll = true;
    m_logScroll->setRange(0, static_cast<int>(maximum));
    m_logScroll->setPageStep(own->pageStep());
    m_logScroll->setSingleStep(own->singleStep());
    m_logScroll->setValue(static_cast<int>(std::min<qint64>(m_model->windowStart() + own->value(), INT_MAX)));
    m_syncingScroll = false;
}

void AuditView::moveWindow(qint64 start)
{
    const qint64 current = currentLogRow();
    const int currentColumn = std::max(0, m_table->currentIndex().column());
    const qint64 top = m_model->windowStart() + m_table->verticalScrollBar()->value();
    m_model->setWindowStart(start);
    const qint64 begin = m_model->windowStart();
    if (current >= begin && current < begin + m_model->rowCount()) {
        const QModelIndex index = m_model->index(static_cast<int>(current - begin), currentColumn);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->verticalScrollBar()->setValue(static_cast<int>(std::clamp<qint64>(top - begin, 0, INT_MAX)));
    syncLogScrollBar();
}

void AuditView::scrollToLogRow(qint64 logRow)
{
    const int rows = m_model->rowCount();
    const int visible = std::max(1, m_table->verticalScrollBar()->pageStep());
    const qint64 begin = m_model->windowStart();
    if (m_model->isWindowed() && (logRow < begin || logRow + visible > begin + rows))
        moveWindow(logRow - (rows - visible) / 2);
    m_table->verticalScrollBar()->setValue(
        static_cast<int>(std::clamp<qint64>(logRow - m_model->windowStart(), 0, INT_MAX)));
}

void AuditView::keepWindowAround()
{
    m_recenterQueued = false;
    if (!m_model->isWindowed())
        return;
    const int rows = m_model->rowCount();
    const qint64 begin = m_model->windowStart();
    const int top = m_table->verticalScrollBar()->value();
    const int visible = std::max(1, m_table->verticalScrollBar()->pageStep());
    const int margin = rows / 4;
    const bool nearStart = begin > 0 && top < margin;
    const bool nearEnd = begin + rows < m_model->logRowCount() && top + visible > rows - margin;
    if (nearStart || nearEnd)
        moveWindow(begin + top - (rows - visible) / 2);
}

void AuditView::jumpToLogRow(qint64 logRow)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_model->setWindowStart(logRow - rows / 2); // kept within the log
    const QModelIndex index = m_model->index(static_cast<int>(logRow - m_model->windowStart()), column);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    syncLogScrollBar();
}

bool AuditView::eventFilter(QObject *watched, QEvent *event)
{
    // Only a window that does not hold the whole log needs Ctrl+Home / Ctrl+End of its own.
    if (watched == m_table && event->type() == QEvent::KeyPress && m_model->isWindowed()
        && m_model->logRowCount() > m_model->rowCount()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_End || key->key() == Qt::Key_Home)) {
            jumpToLogRow(key->key() == Qt::Key_End ? m_model->logRowCount() - 1 : 0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AuditView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const AuditEvent *e = current.isValid() ? m_model->eventAt(current.row()) : nullptr;
    m_details->setPlainText(e ? detailsText(*e) : QString());
}

void AuditView::verifyChain()
{
    if (!m_directory)
        return;
    m_verifyButton->setEnabled(false);
    m_verdict->setText(tr("Verifying the audit chain…"));
    auto future = m_directory->verifyAudit(m_actor);
    future.then(this, [this](const authdesk::Result<AuditVerification> &result) {
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_verifyButton->setEnabled(true);
                if (!result.ok()) {
                    m_verdict->setText(tr("Cannot verify the audit chain: %1").arg(result.message()));
                    Q_EMIT verified(false);
                    return;
                }
                const AuditVerification &v = result.value();
                if (v.intact)
                    m_verdict->setText(tr("Audit chain intact: %n event(s) checked.", nullptr,
                                          static_cast<int>(std::min<qint64>(v.eventsChecked, INT_MAX))));
                else
                    m_verdict->setText(tr("Audit chain BROKEN at event %1: %2").arg(v.firstBadId).arg(v.problem));
                Q_EMIT verified(v.intact);
            },
            Qt::QueuedConnection);
    });
}

QString AuditView::csvField(const QString &value)
{
    return csv::field(value);
}

QString AuditView::csvHeader()
{
    // Column names are a file format, not prose: not translated.
    return QStringLiteral("id,time_utc,actor_id,actor,action,target_type,target_id,target,result,reason,machine,before,"
                          "after,hash\r\n");
}

QString AuditView::csvRow(const AuditEvent &e)
{
    const QStringList fields{QString::number(e.id),
                             e.at.toUTC().toString(Qt::ISODateWithMs),
                             QString::number(e.actorId),
                             e.actorName,
                             e.action,
                             e.targetType,
                             e.targetId,
                             e.targetName,
                             auditResultName(e.result),
                             e.reason,
                             e.machine,
                             e.before,
                             e.after,
                             e.hash};
    return csv::record(fields);
}

void AuditView::exportCsv()
{
    if (isExporting() || !m_directory)
        return;
    const QString path = m_exportPath
        ? m_exportPath()
        : QFileDialog::getSaveFileName(this, tr("Export audit events"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto job = std::make_shared<ExportJob>();
    job->file.setFileName(path);
    if (!job->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString message = tr("Cannot write %1: %2").arg(path, job->file.errorString());
        m_status->setText(message);
        Q_EMIT exportFinished(false, message);
        return;
    }
    job->file.write(csvHeader().toUtf8());
    m_export = std::move(job);
    m_exportQuery = m_model->filter();
    m_exportTotal = std::max<qint64>(m_model->total(), 0);
    m_exported = 0;
    ++m_exportGeneration;
    m_exportButton->setEnabled(false);
    m_progress = new QProgressDialog(tr("Exporting audit events…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setMinimumDuration(500);
    if (m_exportTotal > 0 && m_exportTotal <= INT_MAX)
        m_progress->setMaximum(static_cast<int>(m_exportTotal));
    connect(m_progress, &QProgressDialog::canceled, this, &AuditView::cancelExport);
    exportNextPage(0);
}

void AuditView::exportNextPage(qint64 beforeId)
{
    AuditQuery q = m_exportQuery;
    q.limit = ExportPageSize;
    q.beforeId = beforeId;
    const quint64 generation = m_exportGeneration;
    m_exportPage = m_directory->listAudit(m_actor, q);
    std::shared_ptr<ExportJob> job = m_export;
    m_exportPage
        .then(QtFuture::Launch::Async,
              [job](const authdesk::Result<QList<AuditEvent>> &result) {
                  WrittenPage written;
                  if (!result.ok()) {
                      written.ok = false;
                      written.error = tr("Export failed: %1").arg(result.message());
                      return written;
                  }
                  QByteArray chunk;
                  for (const AuditEvent &e : result.value())
                      chunk += csvRow(e).toUtf8();
                  const QMutexLocker lock(&job->mutex);
                  if (job->canceled)
                      return written;
                  if (job->file.write(chunk) != chunk.size()) {
                      written.ok = false;
                      written.error = tr("Export failed: cannot write %1: %2")
                                          .arg(job->file.fileName(), job->file.errorString());
                      return written;
                  }
                  written.events = result->size();
                  written.lastId = result->isEmpty() ? 0 : result->constLast().id;
                  return written;
              })
        .then(this, [this, generation](const WrittenPage &written) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, written] {
                    if (generation != m_exportGeneration || !m_export)
                        return; // canceled meanwhile
                    if (!written.ok) {
                        finishExport(false, written.error);
                        return;
                    }
                    m_exported += written.events;
                    if (m_progress && m_progress->maximum() > 0)
                        m_progress->setValue(static_cast<int>(std::min<qint64>(m_exported, m_progress->maximum())));
                    if (written.events < ExportPageSize) {
                        finishExport(true, tr("Exported %n event(s) to %1.", nullptr,
                                              static_cast<int>(std::min<qint64>(m_exported, INT_MAX)))
                                               .arg(m_export->file.fileName()));
                        return;
                    }
                    exportNextPage(written.lastId);
                },
                Qt::QueuedConnection);
        });
}

void AuditView::cancelExport()
{
    if (!m_export)
        return;
    if (!m_exportPage.isFinished())
        m_exportPage.cancel();
    // Half a list is not what was asked for: finishExport removes the partial file.
    finishExport(false, tr("Export canceled; no file was kept."));
}

void AuditView::finishExport(bool ok, const QString &message)
{
    ++m_exportGeneration;
    if (m_export) {
        std::shared_ptr<ExportJob> job = std::move(m_export);
        job->canceled = true;
        const QMutexLocker lock(&job->mutex); // a page being written finishes first
        if (ok && !job->file.flush())
            ok = false;
        job->file.close();
        if (!ok)
            job->file.remove();
    }
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (message.isEmpty())
        return; // the view is going away
    m_exportButton->setEnabled(true);
    m_status->setText(message);
    Q_EMIT exportFinished(ok, message);
}

} // namespace authdesk
