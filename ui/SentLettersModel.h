#pragma once

#include "core/model/SentLetter.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// The letters sent to one person (the letters log), newest first, for the Letters tab.
class SentLettersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SentOn,
        Letter,
        Language,
        PrintSize,
        SentBy,
        HowSent,
        ColumnCount
    };

    explicit SentLettersModel(QObject* parent = nullptr);

    void setLetters(std::vector<model::SentLetter> oldestFirst);
    const model::SentLetter* letter(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString languageName(const std::string& code);

private:
    std::vector<model::SentLetter> m_letters; // newest first
};

} // namespace carehouse::ui
