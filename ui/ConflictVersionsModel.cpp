#include "ui/ConflictVersionsModel.h"

#include "core/base/CivilDate.h"
#include "core/base/Clock.h"
#include "core/model/NhsNumber.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>
#include <set>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// Keys that only link the version to its person or record: the same in every head.
bool hidden(const std::string& key)
{
    return key == "patient";
}

QString valueText(const std::string& key, const nlohmann::json& v)
{
    if (v.is_null())
        return ConflictVersionsModel::tr("(not recorded)");
    if (v.is_boolean())
        return v.get<bool>() ? ConflictVersionsModel::tr("Yes") : ConflictVersionsModel::tr("No");
    if (v.is_string()) {
        const auto text = v.get<std::string>();
        if (text.empty())
            return ConflictVersionsModel::tr("(not recorded)");
        if (key == "status" && text == "entered-in-error")
            return ConflictVersionsModel::tr("ENTERED IN ERROR");
        if (auto day = base::CivilDate::parseIso(text); day && text.size() == 10)
            return q(day->display());
        if (key == "nhs")
            return q(model::displayNhsNumber(text));
        if (key == "gender" || key == "consent" || key == "ethnicity" || key == "status" || key == "source") {
            QString code = q(text); // a stored code, shown as words: "shared-care-team" -> "Shared care team"
            code.replace(QLatin1Char('-'), QLatin1Char(' '));
            code[0] = code[0].toUpper();
            return code;
        }
        return q(text);
    }
    if (v.is_number_integer() && (key == "restricted" || key == "largePrint"))
        return v.get<std::int64_t>() != 0 ? ConflictVersionsModel::tr("Yes") : ConflictVersionsModel::tr("No");
    if (v.is_number())
        return q(v.dump());
    return q(v.dump());
}

} // namespace

ConflictVersionsModel::ConflictVersionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

namespace {

const std::vector<std::pair<const char*, const char*>>& fieldNames()
{
    static const std::vector<std::pair<const char*, const char*>> names = {
        {"title", QT_TR_NOOP("Title")},
        {"given", QT_TR_NOOP("Given name")},
        {"family", QT_TR_NOOP("Family name")},
        {"birth", QT_TR_NOOP("Date of birth")},
        {"gender", QT_TR_NOOP("Gender")},
        {"nhs", QT_TR_NOOP("NHS number")},
        {"addr1", QT_TR_NOOP("Address line 1")},
        {"addr2", QT_TR_NOOP("Address line 2")},
        {"town", QT_TR_NOOP("Town")},
        {"postcode", QT_TR_NOOP("Postcode")},
        {"phone", QT_TR_NOOP("Phone")},
        {"restricted", QT_TR_NOOP("Restricted record")},
        {"practice", QT_TR_NOOP("Practice")},
        {"consent", QT_TR_NOOP("Sharing consent")},
        {"lang", QT_TR_NOOP("Preferred language")},
        {"largePrint", QT_TR_NOOP("Large print")},
        {"ethnicity", QT_TR_NOOP("Ethnicity")},
        {"code", QT_TR_NOOP("Code")},
        {"term", QT_TR_NOOP("Term")},
        {"status", QT_TR_NOOP("Status")},
        {"onset", QT_TR_NOOP("Onset")},
        {"effective", QT_TR_NOOP("Date")},
        {"value", QT_TR_NOOP("Value")},
        {"value2", QT_TR_NOOP("Second value")},
        {"valueCode", QT_TR_NOOP("Coded value")},
        {"unit", QT_TR_NOOP("Unit")},
        {"note", QT_TR_NOOP("Note")},
        {"source", QT_TR_NOOP("Source")},
    };
    return names;
}

std::size_t fieldRank(const std::string& key)
{
    const auto& names = fieldNames();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (key == names[i].first)
            return i;
    return names.size();
}

} // namespace

QString ConflictVersionsModel::fieldName(const std::string& key)
{
    for (const auto& [k, name] : fieldNames())
        if (key == k)
            return tr(name);
    QString text = q(key);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

void ConflictVersionsModel::setConflict(std::optional<record::RecordConflict> conflict)
{
    beginResetModel();
    m_conflict = std::move(conflict);
    m_keys.clear();
    m_differing = 0;
    if (m_conflict) {
        const std::set<std::string> differing(m_conflict->differingKeys.begin(), m_conflict->differingKeys.end());
        // In the order a form shows them (name, birth, address...), not the alphabet's.
        std::vector<std::string> ordered;
        for (const auto& h : m_conflict->heads)
            if (h.payload.is_object())
                for (auto it = h.payload.begin(); it != h.payload.end(); ++it)
                    if (std::find(ordered.begin(), ordered.end(), it.key()) == ordered.end())
                        ordered.push_back(it.key());
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const std::string& a, const std::string& b) { return fieldRank(a) < fieldRank(b); });
        for (const auto& k : ordered)
            if (differing.count(k) && !hidden(k))
                m_keys.push_back(k);
        m_differing = m_keys.size();
        for (const auto& k : ordered)
            if (!differing.count(k) && !hidden(k))
                m_keys.push_back(k);
    }
    endResetModel();
}

bool ConflictVersionsModel::differs(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_differing;
}

QString ConflictVersionsModel::fieldLabel(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_keys.size() ? fieldName(m_keys[static_cast<std::size_t>(row)])
                                                                     : QString();
}

QString ConflictVersionsModel::versionName(int column)
{
    return tr("Version %1").arg(QChar(QLatin1Char('A').unicode() + column));
}

QString ConflictVersionsModel::madeBy(const record::ConflictVersion& v)
{
    const QString who = v.authorName.empty() ? q(v.author) : tr("%1 (%2)").arg(q(v.authorName), q(v.author));
    return tr("%1 at %2, %3")
        .arg(who, q(v.siteName.empty() ? v.siteUuid : v.siteName), q(base::formatTimestamp(v.atMillis)));
}

int ConflictVersionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int ConflictVersionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_conflict ? 0 : static_cast<int>(m_conflict->heads.size());
}

QVariant ConflictVersionsModel::data(const QModelIndex& index, int role) const
{
    if (!m_conflict || index.row() < 0 || static_cast<std::size_t>(index.row()) >= m_keys.size() || index.column() < 0
        || static_cast<std::size_t>(index.column()) >= m_conflict->heads.size())
        return {};
    const auto& key = m_keys[static_cast<std::size_t>(index.row())];
    const auto& head = m_conflict->heads[static_cast<std::size_t>(index.column())];
    if (role == Qt::BackgroundRole)
        return differs(index.row()) ? QBrush(QColor("#fff4cc")) : QVariant();
    if (role == Qt::FontRole && differs(index.row())) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto value = head.payload.is_object() && head.payload.contains(key) ? head.payload.at(key) : nlohmann::json();
    return valueText(key, value);
}

QVariant ConflictVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    if (role != Qt::DisplayRole || !m_conflict || section < 0
        || static_cast<std::size_t>(section) >= m_conflict->heads.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto& head = m_conflict->heads[static_cast<std::size_t>(section)];
    QString text = versionName(section);
    if (head.shown)
        text += tr(" — shown for now");
    text += QLatin1Char('\n') + madeBy(head);
    if (head.retired)
        text += QLatin1Char('\n') + tr("Marks the record ENTERED IN ERROR (out of use)");
    return text;
}

} // namespace carehouse::ui
