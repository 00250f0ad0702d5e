#pragma once

#include <QTableView>

namespace carehouse::ui {

// A list of a few rows above the detail of the one chosen (the conflicts, the possible
// duplicates): whole rows, one at a time, as tall as its rows up to a limit so the detail below
// gets the room.
class ShortListView : public QTableView
{
    Q_OBJECT

public:
    explicit ShortListView(QWidget* parent = nullptr);

    // Sized to its contents: columns to their text, height to `rows` rows (1 to `maxRows`).
    void fitRows(int rows, int maxRows = 5);
    // Makes `row` the current, selected row.
    void choose(int row);
    // The current row, or -1.
    int chosenRow() const;
};

} // namespace carehouse::ui
