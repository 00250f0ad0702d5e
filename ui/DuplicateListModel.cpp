#include "ui/DuplicateListModel.h"

#include "core/model/NhsNumber.h"
#include "core/record/PossibleDuplicates.h"

#include <QStringList>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

DuplicateListModel::DuplicateListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

base::Status DuplicateListModel::reload(record::RecordStore& store)
{
    auto groups = record::PossibleDuplicates(store).open();
    if (!groups)
        return groups.error();
    std::vector<Row> rows;
    record::DuplicateComparison comparison(store);
    for (const auto& g : *groups) {
        auto sides = comparison.compare(g.patientIds);
        if (!sides)
            return sides.error();
        rows.push_back({g.nhsNumber, std::move(*sides)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

void DuplicateListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const DuplicateListModel::Row* DuplicateListModel::row(int index) const
{
    return index >= 0 && index < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(index)] : nullptr;
}

int DuplicateListModel::rowOfPatient(const std::string& patientId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        for (const auto& s : m_rows[i].sides)
            if (s.patient.value.id == patientId)
                return static_cast<int>(i);
    return -1;
}

int DuplicateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DuplicateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateListModel::data(const QModelIndex& index, int role) const
{
    const auto* r = row(index.row());
    if (!r || role != Qt::DisplayRole)
        return {};
    QStringList parts;
    switch (index.column()) {
    case NhsNumber: return q(model::displayNhsNumber(r->nhsNumber));
    case Names:
        for (const auto& s : r->sides)
            parts << q(model::bannerName(s.patient.value));
        break;
    case BirthDates:
        for (const auto& s : r->sides)
            parts << q(s.patient.value.birthDate.display());
        break;
    case StartedAt:
        for (const auto& s : r->sides)
            parts << q(s.registeredAtSite);
        break;
    default: return {};
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant DuplicateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NhsNumber: return tr("NHS number");
    case Names: return tr("Names on the records");
    case BirthDates: return tr("Dates of birth");
    case StartedAt: return tr("Records started at");
    default: return {};
    }
}

} // namespace carehouse::ui
