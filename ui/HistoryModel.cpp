#include "ui/HistoryModel.h"

#include "core/base/CivilDate.h"
#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"
#include "core/model/Patient.h"

#include <QHash>

namespace carehouse::ui {

using record::FieldChange;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString fieldWords(const std::string& key)
{
    static const QHash<QString, const char*> words = {
        {"nhs", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "NHS number")},
        {"title", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Title")},
        {"given", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Given name")},
        {"family", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Family name")},
        {"birth", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Date of birth")},
        {"gender", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Gender")},
        {"addr1", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Address line 1")},
        {"addr2", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Address line 2")},
        {"town", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Town")},
        {"postcode", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Postcode")},
        {"phone", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Phone")},
        {"restricted", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Restricted record")},
        {"practice", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Practice")},
        {"consent", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Sharing consent")},
        {"lang", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Preferred language")},
        {"largePrint", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Large print")},
        {"ethnicity", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Ethnicity")},
        {"code", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Code")},
        {"term", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Diagnosis")},
        {"onset", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Diagnosed on")},
        {"status", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Status")},
        {"effective", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Date")},
        {"value", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Value")},
        {"value2", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Second value")},
        {"valueCode", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Result")},
        {"unit", QT_TRANSLATE_NOOP("carehouse::ui::HistoryModel", "Unit")},
    };
    auto it = words.constFind(q(key));
    if (it == words.constEnd())
        return q(key);
    return HistoryModel::tr(it.value());
}

// Payload values as a person reads them: dates dd-Mmm-yyyy, NHS number 3-3-4, codes as words.
QString valueWords(const std::string& key, const std::string& value)
{
    if (value.empty())
        return HistoryModel::tr("(blank)");
    if (key == "birth" || key == "onset" || key == "effective") {
        if (auto d = base::CivilDate::parseIso(value))
            return q(d->display());
    }
    if (key == "nhs")
        return q(model::displayNhsNumber(value));
    if (key == "gender")
        return q(std::string(model::genderDisplay(model::genderFromCode(value))));
    if (key == "consent")
        return q(std::string(model::consentDisplay(model::consentFromCode(value))));
    if (key == "restricted" || key == "largePrint")
        return value == "true" ? HistoryModel::tr("Yes") : HistoryModel::tr("No");
    if (key == "status") {
        if (value == "active")
            return HistoryModel::tr("Active");
        if (value == "resolved")
            return HistoryModel::tr("Resolved");
        if (value == "entered-in-error")
            return HistoryModel::tr("Entered in error");
    }
    return q(value);
}

QString invitationMethodWords(const std::string& code)
{
    if (code == "sms")
        return HistoryModel::tr("SMS");
    if (code == "phone")
        return HistoryModel::tr("phone");
    return HistoryModel::tr("letter");
}

} // namespace

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(std::vector<record::HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString HistoryModel::describeWhat(const record::HistoryEntry& e)
{
    switch (e.type) {
    case record::RecordType::Patient: return e.created ? tr("Registered") : tr("Details changed");
    case record::RecordType::Condition:
        if (e.subject.empty())
            return e.created ? tr("Diagnosis recorded") : tr("Diagnosis changed");
        return e.created ? tr("Diagnosis recorded: %1").arg(q(e.subject))
                         : tr("Diagnosis changed: %1").arg(q(e.subject));
    case record::RecordType::Observation:
        if (e.subject.empty())
            return e.created ? tr("Value recorded") : tr("Value changed");
        return e.created ? tr("Value recorded: %1").arg(q(e.subject)) : tr("Value changed: %1").arg(q(e.subject));
    case record::RecordType::User: return tr("Staff account changed");
    case record::RecordType::LabRequest:
        return e.created ? tr("Test sent to the laboratory: %1").arg(q(e.subject))
                         : tr("Test request updated: %1").arg(q(e.subject));
    case record::RecordType::ResultReview:
        return e.valueText == "action-needed" ? tr("Result reviewed: action needed") : tr("Result reviewed and filed");
    case record::RecordType::UnmatchedResult: return tr("Unmatched laboratory result matched to this person");
    case record::RecordType::Invitation:
        return tr("Invited to the diabetes review (%1)").arg(invitationMethodWords(e.valueText));
    case record::RecordType::Appointment:
        return e.created ? tr("Appointment booked: %1").arg(q(e.subject))
                         : tr("Appointment updated: %1").arg(q(e.subject));
    case record::RecordType::CareException:
        return e.created ? tr("Exception recorded: %1").arg(q(e.subject))
                         : tr("Exception changed: %1").arg(q(e.subject));
    case record::RecordType::SentLetter:
        return e.valueText == "invitation" ? tr("Invitation letter sent on %1").arg(q(e.subject))
                                           : tr("Results letter sent on %1").arg(q(e.subject));
    case record::RecordType::CarePlan:
        return e.created ? tr("Care plan agreed: %1 (%2)").arg(q(e.subject), q(e.valueText))
                         : tr("Care plan changed: %1 (%2)").arg(q(e.subject), q(e.valueText));
    case record::RecordType::Referral:
        return e.created ? tr("%1 (sent)").arg(q(e.subject)) : tr("%1: now %2").arg(q(e.subject), q(e.valueText));
    case record::RecordType::Questionnaire: return tr("Questionnaire definition stored");
    case record::RecordType::QuestionnaireResponse:
        return e.valueText.empty() ? tr("Questionnaire recorded: %1").arg(q(e.subject))
                                   : tr("Questionnaire recorded: %1, %2").arg(q(e.subject), q(e.valueText));
    case record::RecordType::SafetyAlertAcknowledgement:
        return tr("Safety alert acknowledged on %1: %2").arg(q(e.subject), q(e.valueText));
    }
    return {};
}

QString HistoryModel::describeChanges(const record::HistoryEntry& e)
{
    // An observation reads as the summary shows it: core formats its value ("145/90 mmHg").
    if (e.type == record::RecordType::Observation && e.created) {
        QStringList lines;
        for (const auto& c : e.changes)
            if (c.key == "effective")
                lines << tr("%1: %2").arg(fieldWords("effective"), valueWords("effective", c.after));
        lines << tr("%1: %2").arg(fieldWords("value"), q(e.valueText));
        for (const auto& c : e.changes)
            if (c.key == "status")
                lines << tr("%1: %2").arg(fieldWords("status"), valueWords("status", c.after));
        return lines.join('\n');
    }
    auto words = [&](const FieldChange& c, const std::string& v) { return valueWords(c.key, v); };
    QStringList lines;
    for (const auto& c : e.changes) {
        if (c.key == "patient" || c.key == "response_id" || c.key == "acknowledged_at" || c.key == "code"
            || c.key == "patient_id" || c.key == "observation_id" || c.key == "source_key" || c.key == "sourceKey"
            || c.key == "request" || c.key == "matched_patient_id" || c.key == "matched_observation_id")
            continue; // internal links; the What column names the diagnosis or value
        if (c.key == "unit" && e.type == record::RecordType::Observation)
            continue;
        if (e.created && c.before.empty())
            lines << tr("%1: %2").arg(fieldWords(c.key), words(c, c.after));
        else
            lines << tr("%1: %2 → %3").arg(fieldWords(c.key), words(c, c.before), words(c, c.after));
    }
    return lines.join('\n');
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= rowCount())
        return {};
    const auto& e = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: return q(base::formatTimestamp(e.atMillis));
    case Who:
        if (role == Qt::ToolTipRole)
            return tr("Username: %1").arg(q(e.author));
        return e.authorName.empty() ? q(e.author) : q(e.authorName);
    case Site: return e.siteName.empty() ? tr("Not known") : q(e.siteName);
    case What: return describeWhat(e);
    case Changes: return describeChanges(e);
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Site: return tr("Site");
    case What: return tr("What");
    case Changes: return tr("Changes");
    default: return {};
    }
}

} // namespace carehouse::ui
