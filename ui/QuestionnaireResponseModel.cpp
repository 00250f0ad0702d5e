#include "ui/QuestionnaireResponseModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace carehouse::ui {

QuestionnaireResponseModel::QuestionnaireResponseModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void QuestionnaireResponseModel::setResponses(const std::vector<model::QuestionnaireResponse>& oldestFirst)
{
    beginResetModel();
    m_rows.assign(oldestFirst.rbegin(), oldestFirst.rend());
    endResetModel();
}

int QuestionnaireResponseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuestionnaireResponseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionnaireResponseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& r = at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Alert && r.safetyAlert)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::FontRole && index.column() == Alert && r.safetyAlert) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Completed: return QString::fromStdString(r.authored.display());
    case Questionnaire: return QString::fromStdString(r.questionnaireTitle);
    case Score: return r.totalScore ? QLocale().toString(*r.totalScore, 'g', 6) : tr("Not scored");
    case Band: return QString::fromStdString(r.bandLabel);
    case CompletedBy:
        return r.completedBy == model::QuestionnaireResponse::CompletedBy::Staff
            ? tr("Staff for the person (%1)").arg(QString::fromStdString(r.completedByUser))
            : tr("The person");
    case Alert: return r.safetyAlert ? tr("⚠ Item 9 above 0") : QString();
    }
    return {};
}

QVariant QuestionnaireResponseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Completed: return tr("Completed");
    case Questionnaire: return tr("Questionnaire");
    case Score: return tr("Score");
    case Band: return tr("Band");
    case CompletedBy: return tr("Completed by");
    case Alert: return tr("Safety");
    }
    return {};
}

} // namespace carehouse::ui
