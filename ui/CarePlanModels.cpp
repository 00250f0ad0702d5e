#include "ui/CarePlanModels.h"

#include "core/base/CivilDate.h"

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

Qt::ItemFlags editable(const QModelIndex& index)
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

} // namespace

// ---- GoalsModel

GoalsModel::GoalsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GoalsModel::setGoals(std::vector<model::Goal> goals)
{
    beginResetModel();
    m_goals = std::move(goals);
    endResetModel();
}

void GoalsModel::addGoal(const model::Goal& goal)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_goals.push_back(goal);
    endInsertRows();
    emit edited();
}

void GoalsModel::removeGoal(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_goals.erase(m_goals.begin() + row);
    endRemoveRows();
    emit edited();
}

int GoalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_goals.size());
}

int GoalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const auto& g = m_goals[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case What: return q(g.what);
    case Why: return q(g.whyItMatters);
    case Confidence:
        if (role == Qt::EditRole)
            return g.confidence < 0 ? 5 : g.confidence;
        return g.confidence < 0 ? tr("Not asked") : tr("%1 / 10").arg(g.confidence);
    }
    return {};
}

bool GoalsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    auto& g = m_goals[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case What: g.what = value.toString().trimmed().toStdString(); break;
    case Why: g.whyItMatters = value.toString().trimmed().toStdString(); break;
    case Confidence: g.confidence = value.toInt(); break;
    default: return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags GoalsModel::flags(const QModelIndex& index) const
{
    return editable(index);
}

QVariant GoalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What: return tr("Goal, in the person's words");
    case Why: return tr("Why it matters to them");
    case Confidence: return tr("Confidence (0-10)");
    }
    return {};
}

// ---- GoalReviewsModel

GoalReviewsModel::GoalReviewsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QStringList GoalReviewsModel::outcomeNames()
{
    // In the order of model::GoalReview::Outcome.
    return {tr("Achieved"), tr("Partly achieved"), tr("Not achieved"), tr("No longer relevant")};
}

void GoalReviewsModel::setReviews(std::vector<model::GoalReview> reviews)
{
    beginResetModel();
    m_reviews = std::move(reviews);
    endResetModel();
}

int GoalReviewsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reviews.size());
}

int GoalReviewsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalReviewsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const auto& r = m_reviews[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Goal: return q(r.goalText);
    case Outcome:
        return role == Qt::EditRole ? QVariant(static_cast<int>(r.outcome))
                                    : QVariant(outcomeNames().value(static_cast<int>(r.outcome)));
    case Note: return q(r.note);
    }
    return {};
}

bool GoalReviewsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    auto& r = m_reviews[static_cast<std::size_t>(index.row())];
    if (index.column() == Outcome) {
        const int i = value.toInt();
        if (i < 0 || i >= outcomeNames().size())
            return false;
        r.outcome = static_cast<model::GoalReview::Outcome>(i);
    } else if (index.column() == Note) {
        r.note = value.toString().trimmed().toStdString();
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags GoalReviewsModel::flags(const QModelIndex& index) const
{
    if (index.isValid() && index.column() == Goal)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return editable(index);
}

QVariant GoalReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Goal: return tr("Last plan's goal");
    case Outcome: return tr("How it went");
    case Note: return tr("Note");
    }
    return {};
}

// ---- ActionsModel

ActionsModel::ActionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QStringList ActionsModel::ownerNames()
{
    return {tr("The person"), tr("The team")};
}

void ActionsModel::setActions(std::vector<model::PlanAction> actions)
{
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

void ActionsModel::addAction(const model::PlanAction& action)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_actions.push_back(action);
    endInsertRows();
    emit edited();
}

void ActionsModel::removeAction(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_actions.erase(m_actions.begin() + row);
    endRemoveRows();
    emit edited();
}

int ActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const auto& a = m_actions[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case What: return q(a.what);
    case Owner:
        return role == Qt::EditRole ? QVariant(static_cast<int>(a.owner))
                                    : QVariant(ownerNames().value(static_cast<int>(a.owner)));
    case Who: return q(a.who);
    case ByWhen:
        if (!a.byWhen.valid())
            return role == Qt::EditRole ? QString() : tr("No date");
        return role == Qt::EditRole ? q(a.byWhen.display()) : q(a.byWhen.display());
    }
    return {};
}

bool ActionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    auto& a = m_actions[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case What: a.what = value.toString().trimmed().toStdString(); break;
    case Owner: a.owner = value.toInt() == 1 ? model::PlanAction::Owner::Team : model::PlanAction::Owner::Person; break;
    case Who: a.who = value.toString().trimmed().toStdString(); break;
    case ByWhen: {
        const auto text = value.toString().trimmed().toStdString();
        if (text.empty()) {
            a.byWhen = {};
            break;
        }
        // Typed day first as everywhere else (dd/mm/yyyy, 23-Nov-2026): a date that cannot be
        // read is refused, leaving the cell as it was.
        auto parsed = base::CivilDate::parse(text, "byWhen");
        if (!parsed)
            return false;
        a.byWhen = *parsed;
        break;
    }
    default: return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex& index) const
{
    return editable(index);
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What: return tr("Action");
    case Owner: return tr("Who does it");
    case Who: return tr("Name (the team)");
    case ByWhen: return tr("By when");
    }
    return {};
}

} // namespace carehouse::ui
