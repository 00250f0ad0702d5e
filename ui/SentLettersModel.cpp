#include "ui/SentLettersModel.h"

#include "core/letters/LetterWording.h"

#include <algorithm>
#include <map>

namespace carehouse::ui {

SentLettersModel::SentLettersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SentLettersModel::setLetters(std::vector<model::SentLetter> oldestFirst)
{
    beginResetModel();
    m_letters = std::move(oldestFirst);
    std::reverse(m_letters.begin(), m_letters.end());
    endResetModel();
}

const model::SentLetter* SentLettersModel::letter(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_letters.size()))
        return nullptr;
    return &m_letters[static_cast<std::size_t>(row)];
}

int SentLettersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_letters.size());
}

int SentLettersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SentLettersModel::languageName(const std::string& code)
{
    // Loaded once per language: the names come from the wording files themselves.
    static std::map<std::string, QString> names;
    if (auto it = names.find(code); it != names.end())
        return it->second;
    auto wording = letters::LetterWording::forLanguage(code);
    QString name = wording && wording->language() == code ? QString::fromStdString(wording->languageName())
                                                          : QString::fromStdString(code);
    names.emplace(code, name);
    return name;
}

QVariant SentLettersModel::data(const QModelIndex& index, int role) const
{
    const auto* l = letter(index.row());
    if (!l || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SentOn: return QString::fromStdString(l->sentOn.display());
    case Letter: return l->kind == model::SentLetter::Kind::Results ? tr("Results letter") : tr("Invitation");
    case Language: return languageName(l->language);
    case PrintSize: return l->largePrint ? tr("Large print") : tr("Standard");
    case SentBy: return QString::fromStdString(l->sentBy);
    case HowSent: return l->batchId.empty() ? tr("From the record") : tr("Print-room batch");
    }
    return {};
}

QVariant SentLettersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SentOn: return tr("Sent on");
    case Letter: return tr("Letter");
    case Language: return tr("Language");
    case PrintSize: return tr("Print size");
    case SentBy: return tr("Sent by");
    case HowSent: return tr("How");
    }
    return {};
}

} // namespace carehouse::ui
