#include "ui/ConflictListModel.h"

#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"
#include "core/record/ConflictBook.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ConflictListModel::ConflictListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

base::Status ConflictListModel::reload(record::RecordStore& store)
{
    auto open = record::ConflictBook(store).open();
    if (!open)
        return open.error();
    std::vector<Row> rows;
    record::PatientRepository people(store);
    for (auto& c : *open) {
        Row r;
        if (!c.patientId.empty()) {
            auto p = people.patient(c.patientId);
            if (!p)
                return p.error();
            r.patient = p->value;
        }
        r.conflict = std::move(c);
        rows.push_back(std::move(r));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

void ConflictListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const ConflictListModel::Row* ConflictListModel::row(int index) const
{
    return index >= 0 && index < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(index)] : nullptr;
}

int ConflictListModel::rowOfRecord(const std::string& recordId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].conflict.recordId == recordId)
            return static_cast<int>(i);
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::recordKindText(record::RecordType type)
{
    using record::RecordType;
    switch (type) {
    case RecordType::Patient: return tr("Demographics (name, address, consent)");
    case RecordType::Condition: return tr("Diagnosis");
    case RecordType::Observation: return tr("Care process value");
    case RecordType::User: return tr("Staff account");
    case RecordType::LabRequest: return tr("Test sent");
    case RecordType::ResultReview: return tr("Result review");
    case RecordType::UnmatchedResult: return tr("Unmatched result");
    case RecordType::Invitation: return tr("Invitation");
    case RecordType::Appointment: return tr("Appointment");
    case RecordType::CareException: return tr("Exception");
    case RecordType::SentLetter: return tr("Letter sent");
    case RecordType::CarePlan: return tr("Care plan");
    case RecordType::Referral: return tr("Referral");
    case RecordType::Questionnaire: return tr("Questionnaire definition");
    case RecordType::QuestionnaireResponse: return tr("Questionnaire answers");
    case RecordType::SafetyAlertAcknowledgement: return tr("Safety alert acknowledgement");
    }
    return q(std::string(record::recordTypeCode(type)));
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    const Row* r = row(index.row());
    if (!r || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto& c = r->conflict;
    switch (index.column()) {
    case Person: return r->patient ? q(model::bannerName(*r->patient)) : tr("Not about one person");
    case NhsNumber: return r->patient ? q(model::displayNhsNumber(r->patient->nhsNumber)) : QString();
    case BirthDate: return r->patient && r->patient->birthDate.valid() ? q(r->patient->birthDate.display()) : QString();
    case Record: return recordKindText(c.type);
    case What:
        if (c.kind == record::RecordConflict::Kind::EditMeetsRetirement)
            return tr("Changed at one site, marked entered in error at another");
        return c.heads.size() == 2 ? tr("Changed at two sites at the same time")
                                   : tr("Changed at %1 sites at the same time").arg(c.heads.size());
    case Found: return q(base::formatTimestamp(c.openedAt));
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person: return tr("Person");
    case NhsNumber: return tr("NHS number");
    case BirthDate: return tr("Born");
    case Record: return tr("Record");
    case What: return tr("What happened");
    case Found: return tr("Found");
    }
    return {};
}

} // namespace carehouse::ui
