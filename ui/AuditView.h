#pragma once
// The console's Audit view: a filter bar over the audit log, the events newest first (read from
// the directory as the table scrolls), the selected event in full, the chain verdict, and an
// export of the filtered list as CSV. The window keeps its own geometry; the view gives its
// header state through saveState()/restoreState(). The scroll bar beside the table spans the
// whole log: the model shows a window of it (AuditListModel::windowStart), which this view moves
// as the bar is dragged, the table scrolls near the window's edge, or Ctrl+Home/Ctrl+End is pressed.

#include "models/AuditListModel.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QScrollBar;
class QTableView;

namespace authdesk {

class AuditView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)
public:
    // The directory must outlive the view.
    AuditView(Directory *directory, Principal actor, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The scroll bar over the whole log (the table's own is hidden): its value is the log's row at the top.
    QScrollBar *logScrollBar() const { return m_logScroll; }
    // The log's row of the table's current index (see AuditListModel::windowStart), or -1.
    qint64 currentLogRow() const;
    // Scrolls so the log's row logRow is at the top, moving the model's window if need be.
    void scrollToLogRow(qint64 logRow);

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Where "Export CSV…" writes; by default a file dialog asks. Tests give the path.
    using ExportPathProvider = std::function<QString()>;
    void setExportPathProvider(ExportPathProvider provider);

    // RFC 4180: a field with a comma, quote, CR or LF in quotes, its quotes doubled; a field that
    // a spreadsheet would run as a formula (= + - @ tab CR first) is prefixed with a quote mark.
    static QString csvField(const QString &value);
    static QString csvHeader();
    static QString csvRow(const AuditEvent &event);
    // The selected event as the details pane shows it: before/after JSON indented, controls escaped.
    static QString detailsText(const AuditEvent &event);

    QString statusText() const;
    QString verdictText() const;
    QString detailsPaneText() const;
    bool isExporting() const { return m_export != nullptr; }

public Q_SLOTS:
    void applyFilter();
    void clearFilter();
    void refresh();
    void verifyChain();
    void exportCsv();
    void cancelExport();

Q_SIGNALS:
    void verified(bool intact);
    // ok false: canceled or failed; message says which and why.
    void exportFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showSelected();
    // The whole-log scroll bar follows the table's position and range.
    void syncLogScrollBar();
    // Moves the model's window so it starts at the log's row start, keeping the current event
    // and the rows on show where the new window has them.
    void moveWindow(qint64 start);
    // Centres the window on the rows on show once they come near its edge.
    void keepWindowAround();
    // Ctrl+Home / Ctrl+End over the whole log.
    void jumpToLogRow(qint64 logRow);
    void updateStatus();
    void exportNextPage(qint64 beforeId);
    void finishExport(bool ok, const QString &message);
    // Wide enough for any time the column shows, in this locale and font.
    void fitTimeColumn();

    QPointer<Directory> m_directory;
    Principal m_actor;
    AuditListModel *m_model = nullptr;
    QLineEdit *m_actorEdit = nullptr;
    QLineEdit *m_actionEdit = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    QScrollBar *m_logScroll = nullptr;
    bool m_syncingScroll = false;
    bool m_recenterQueued = false;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
    QString m_error;

    ExportPathProvider m_exportPath;
    AuditQuery m_exportQuery;
    // The file being written and what the worker writing it shares with this view.
    struct ExportJob;
    std::shared_ptr<ExportJob> m_export;
    QPointer<QProgressDialog> m_progress;
    qint64 m_exportTotal = 0;
    qint64 m_exported = 0;
    quint64 m_exportGeneration = 0;
    QFuture<authdesk::Result<QList<AuditEvent>>> m_exportPage;
};

} // namespace authdesk
