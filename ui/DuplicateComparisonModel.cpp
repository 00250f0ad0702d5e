#include "ui/DuplicateComparisonModel.h"

#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStringList>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

DuplicateComparisonModel::DuplicateComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DuplicateComparisonModel::setSides(std::vector<record::DuplicateRecordSide> sides, base::CivilDate today)
{
    beginResetModel();
    m_sides = std::move(sides);
    m_today = today;
    endResetModel();
}

QString DuplicateComparisonModel::recordName(int column)
{
    return tr("Record %1").arg(column + 1);
}

QString DuplicateComparisonModel::fieldLabel(int field)
{
    switch (field) {
    case Name: return tr("Name");
    case NhsNumber: return tr("NHS number");
    case BirthDate: return tr("Date of birth (age)");
    case Gender: return tr("Gender");
    case Address: return tr("Address");
    case Practice: return tr("GP practice");
    case StartedAt: return tr("Record started at");
    case StartedBy: return tr("Started by");
    case StartedOn: return tr("Started on");
    case Holds: return tr("Holds");
    case LastEntry: return tr("Newest entry");
    default: return {};
    }
}

QString DuplicateComparisonModel::text(int field, int column) const
{
    if (column < 0 || static_cast<std::size_t>(column) >= m_sides.size())
        return {};
    const auto& s = m_sides[static_cast<std::size_t>(column)];
    const auto& p = s.patient.value;
    switch (field) {
    case Name: return q(model::bannerName(p));
    case NhsNumber: return q(model::displayNhsNumber(p.nhsNumber));
    case BirthDate:
        if (!p.birthDate.valid())
            return tr("Not known");
        return tr("%1 (%2y)").arg(q(p.birthDate.display())).arg(p.birthDate.ageOn(m_today));
    case Gender: return q(std::string(model::genderDisplay(p.gender)));
    case Address: {
        if (p.restricted)
            return tr("Restricted record: address not shown");
        QStringList parts;
        for (const auto* part : {&p.addressLine1, &p.addressLine2, &p.town, &p.postcode})
            if (!part->empty())
                parts << q(*part);
        return parts.isEmpty() ? tr("Not recorded") : parts.join(QStringLiteral(", "));
    }
    case Practice: return p.practice.empty() ? tr("Not recorded") : q(p.practice);
    case StartedAt: return q(s.registeredAtSite);
    case StartedBy: return q(s.registeredBy);
    case StartedOn: return s.registeredAtMillis > 0 ? q(base::formatTimestamp(s.registeredAtMillis)) : tr("Not known");
    case Holds:
        return tr("%1 observations, %2 conditions, %3 care plans")
            .arg(s.observations)
            .arg(s.conditions)
            .arg(s.carePlans);
    case LastEntry: return s.lastEntry.valid() ? q(s.lastEntry.display()) : tr("None");
    default: return {};
    }
}

bool DuplicateComparisonModel::differs(int field) const
{
    // Where and when each record was started always differ; what the person is called, born,
    // lives and is registered are what the clinician weighs.
    if (field == StartedAt || field == StartedBy || field == StartedOn || field == Holds || field == LastEntry)
        return false;
    for (std::size_t c = 1; c < m_sides.size(); ++c)
        if (text(field, static_cast<int>(c)) != text(field, 0))
            return true;
    return false;
}

int DuplicateComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_sides.empty() ? 0 : FieldCount;
}

int DuplicateComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sides.size());
}

QVariant DuplicateComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= FieldCount || index.column() >= columnCount())
        return {};
    if (role == Qt::BackgroundRole)
        return differs(index.row()) ? QBrush(QColor("#fff4cc")) : QVariant();
    if (role == Qt::FontRole && differs(index.row())) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(index.row(), index.column());
    return {};
}

QVariant DuplicateComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return fieldLabel(section) + (differs(section) ? tr("  ≠") : QString());
        if (role == Qt::FontRole && differs(section)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole || section < 0 || static_cast<std::size_t>(section) >= m_sides.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return recordName(section) + QLatin1Char('\n') + q(m_sides[static_cast<std::size_t>(section)].registeredAtSite);
}

} // namespace carehouse::ui
