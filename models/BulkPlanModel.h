#pragma once
// The preview of a bulk action as a table: one row per selected user with what will happen
// (change, skip, refuse), the state before and after in words, and why; once the action runs,
// each row shows its outcome. Rows are appended in slices, so a preview of 100,000 users fills
// in while the window stays responsive.

#include "core/BulkPlan.h"
#include "models/BulkRunner.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace authdesk {

class BulkPlanModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPlanModel)
public:
    enum Column { Username, Verdict, Before, After, Details, ColumnCount };
    Q_ENUM(Column)

    explicit BulkPlanModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void clear();
    void append(const QList<BulkPlanItem> &items);
    void setOutcome(int row, BulkOutcome outcome, const QString &message);

    const QList<BulkPlanItem> &items() const { return m_items; }
    qsizetype count(BulkVerdict verdict) const;
    static QString verdictName(BulkVerdict verdict);

private:
    struct Row {
        std::optional<BulkOutcome> outcome;
        QString message;
    };
    QList<BulkPlanItem> m_items;
    QList<Row> m_rows;
    qsizetype m_counts[3] = {0, 0, 0};
};

} // namespace authdesk
