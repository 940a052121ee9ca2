#include "models/BulkPlanModel.h"

#include "core/policy/InputRules.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <limits>

namespace authdesk {

BulkPlanModel::BulkPlanModel(QObject *parent) : QAbstractTableModel(parent) {}

int BulkPlanModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qsizetype>(m_items.size(), std::numeric_limits<int>::max()));
}

int BulkPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags BulkPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QString BulkPlanModel::verdictName(BulkVerdict verdict)
{
    switch (verdict) {
    case BulkVerdict::Change:
        return tr("Will change");
    case BulkVerdict::Skip:
        return tr("Skipped");
    case BulkVerdict::Refuse:
        return tr("Refused");
    }
    return {};
}

QVariant BulkPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("User");
    case Verdict:
        return tr("What happens");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Details:
        return tr("Why / result");
    }
    return {};
}

QVariant BulkPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkPlanItem &item = m_items.at(index.row());
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Username:
            return InputRules::escapeForDisplay(item.user.username);
        case Verdict:
            return row.outcome ? BulkSummary::outcomeName(*row.outcome) : verdictName(item.verdict);
        case Before:
            return item.before;
        case After:
            return item.verdict == BulkVerdict::Change ? item.after : QString();
        case Details:
            if (row.outcome && *row.outcome != BulkOutcome::Done)
                return row.message;
            return item.verdict == BulkVerdict::Change ? QString() : item.reason;
        }
    } else if (role == Qt::ForegroundRole && index.column() == Verdict) {
        // Not colour alone: the text says it too.
        const bool bad = (row.outcome && *row.outcome != BulkOutcome::Done && *row.outcome != BulkOutcome::Skipped)
            || (!row.outcome && item.verdict == BulkVerdict::Refuse);
        if (bad) {
            // A red that keeps its contrast on the base colour: dark on a light palette, light on a dark one.
            const bool darkBase = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
            return QBrush(darkBase ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
        }
        if (item.verdict == BulkVerdict::Skip)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

void BulkPlanModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    endResetModel();
}

void BulkPlanModel::append(const QList<BulkPlanItem> &items)
{
    if (items.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
    m_items += items;
    m_rows.resize(m_items.size());
    for (const BulkPlanItem &i : items)
        ++m_counts[static_cast<int>(i.verdict)];
    endInsertRows();
}

void BulkPlanModel::setOutcome(int row, BulkOutcome outcome, const QString &message)
{
    if (row < 0 || row >= rowCount())
        return;
    m_rows[row].outcome = outcome;
    m_rows[row].message = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qsizetype BulkPlanModel::count(BulkVerdict verdict) const
{
    return m_counts[static_cast<int>(verdict)];
}

} // namespace authdesk
