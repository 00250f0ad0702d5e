#pragma once

#include "core/model/QuestionnaireResponse.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// A person's completed questionnaires, newest first: the day completed, which questionnaire,
// the score and its band, who completed it, and whether it raised a safety alert.
class QuestionnaireResponseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Completed,
        Questionnaire,
        Score,
        Band,
        CompletedBy,
        Alert,
        ColumnCount
    };
    explicit QuestionnaireResponseModel(QObject* parent = nullptr);

    // Oldest first, as ResponseHistory gives them; shown newest first.
    void setResponses(const std::vector<model::QuestionnaireResponse>& oldestFirst);
    const model::QuestionnaireResponse& at(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<model::QuestionnaireResponse> m_rows;
};

} // namespace carehouse::ui
