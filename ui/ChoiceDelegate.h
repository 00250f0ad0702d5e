#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace carehouse::ui {

// Edits a table cell by choosing from a fixed list (goal outcome, who does an action): the
// cell's EditRole is the chosen index.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(QStringList choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QStringList m_choices;
};

} // namespace carehouse::ui
