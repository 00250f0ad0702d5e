#include "ui/ShortListView.h"

#include <QHeaderView>
#include <algorithm>

namespace carehouse::ui {

ShortListView::ShortListView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void ShortListView::fitRows(int rows, int maxRows)
{
    resizeColumnsToContents();
    const int shown = std::clamp(rows, 1, std::max(1, maxRows));
    setFixedHeight(horizontalHeader()->height() + shown * verticalHeader()->defaultSectionSize() + 2 * frameWidth()
                   + 2);
}

void ShortListView::choose(int row)
{
    if (!model())
        return;
    setCurrentIndex(model()->index(row, 0));
    selectRow(row);
}

int ShortListView::chosenRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

} // namespace carehouse::ui
