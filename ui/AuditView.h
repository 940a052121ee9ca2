#pragma once
// The console's Audit view: a filter bar over the audit log, the events newest first (read from
// the directory as the table scrolls), the selected event in full, the chain verdict, and an
// export of the filtered list as CSV. The window keeps its own geometry; the view gives its
// header state through saveState()/restoreState().

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

private:
    void showSelected();
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
