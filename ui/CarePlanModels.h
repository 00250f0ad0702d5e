#pragma once

#include "core/model/CarePlan.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace carehouse::ui {

// The person's new goals, edited in place: what (their words), why it matters, confidence 0-10.
class GoalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        What,
        Why,
        Confidence,
        ColumnCount
    };
    explicit GoalsModel(QObject* parent = nullptr);
    void setGoals(std::vector<model::Goal> goals);
    const std::vector<model::Goal>& goals() const { return m_goals; }
    void addGoal(const model::Goal& goal);
    void removeGoal(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    std::vector<model::Goal> m_goals;
};

// Last plan's goals and how each went (the outcome is chosen with a ChoiceDelegate).
class GoalReviewsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Goal,
        Outcome,
        Note,
        ColumnCount
    };
    explicit GoalReviewsModel(QObject* parent = nullptr);
    void setReviews(std::vector<model::GoalReview> reviews);
    const std::vector<model::GoalReview>& reviews() const { return m_reviews; }
    static QStringList outcomeNames();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    std::vector<model::GoalReview> m_reviews;
};

// The action plan: what, who (the person, or the team with a name), by when (dd/mm/yyyy).
class ActionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        What,
        Owner,
        Who,
        ByWhen,
        ColumnCount
    };
    explicit ActionsModel(QObject* parent = nullptr);
    void setActions(std::vector<model::PlanAction> actions);
    const std::vector<model::PlanAction>& actions() const { return m_actions; }
    void addAction(const model::PlanAction& action);
    void removeAction(int row);
    static QStringList ownerNames();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    std::vector<model::PlanAction> m_actions;
};

} // namespace carehouse::ui
