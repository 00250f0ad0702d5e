#include "ui/MatchPersonDialog.h"

#include "core/model/NhsNumber.h"
#include "core/record/PatientDirectory.h"
#include "core/record/RecordStore.h"
#include "ui/MessageBanner.h"
#include "ui/PatientSearchModel.h"
#include "ui/UnmatchedResultsModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString nhsAsGiven(const std::string& given)
{
    const auto digits = model::NhsNumber::digitsOnly(given);
    return digits.size() == 10 ? q(model::displayNhsNumber(digits)) : q(given);
}

QString listName(const record::PatientListItem& p)
{
    model::Patient patient;
    patient.title = p.title;
    patient.givenName = p.givenName;
    patient.familyName = p.familyName;
    return q(model::bannerName(patient));
}

} // namespace

MatchPersonDialog::MatchPersonDialog(record::RecordStore& store, results::UnmatchedItem item, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_item(std::move(item))
{
    setObjectName("matchPersonDialog");
    setWindowTitle(tr("Match a result to a person"));

    const auto& r = m_item.result;
    auto* what = new QLabel(this);
    what->setObjectName("matchResultLabel");
    what->setWordWrap(true);
    what->setText(tr("<b>%1 %2</b> taken on %3. The laboratory gave NHS number <b>%4</b> and date of birth "
                     "<b>%5</b>.<br>%6.")
                      .arg(q(m_item.itemName).toHtmlEscaped(), q(m_item.valueText).toHtmlEscaped(),
                           r.effective.valid() ? q(r.effective.display()) : tr("an unknown date"),
                           r.nhsNumber.empty() ? tr("none") : nhsAsGiven(r.nhsNumber).toHtmlEscaped(),
                           UnmatchedResultsModel::receivedBirthDate(r).toHtmlEscaped(),
                           UnmatchedResultsModel::reasonText(r).toHtmlEscaped()));

    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName("matchSearchLineEdit");
    m_searchLineEdit->setPlaceholderText(tr("Find the person: name, NHS number or date of birth"));
    m_searchLineEdit->setClearButtonEnabled(true);

    m_model = new PatientSearchModel(this);
    m_resultsView = new QTableView(this);
    m_resultsView->setObjectName("matchResultsView");
    m_resultsView->setModel(m_model);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);

    m_confirmLabel = new QLabel(tr("Choose the person this result belongs to."), this);
    m_confirmLabel->setObjectName("matchConfirmLabel");
    m_confirmLabel->setWordWrap(true);
    m_confirmCheckBox = new QCheckBox(this);
    m_confirmCheckBox->setObjectName("matchConfirmCheckBox");
    m_confirmCheckBox->setText(tr("I have checked this person's name, date of birth and NHS number against the "
                                  "result"));
    m_confirmCheckBox->setEnabled(false);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("matchMessageLabel");

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_matchButton = buttons->addButton(tr("Attach the result"), QDialogButtonBox::AcceptRole);
    m_matchButton->setObjectName("matchOkButton");
    m_matchButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &MatchPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_resultsView, 1);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirmCheckBox);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &MatchPersonDialog::search);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { choose(current.row()); });
    connect(m_confirmCheckBox, &QCheckBox::toggled, this,
            [this](bool on) { m_matchButton->setEnabled(on && m_chosen.has_value()); });

    // Start from what the laboratory gave: a valid NHS number finds its owner, if any.
    const auto digits = model::NhsNumber::digitsOnly(r.nhsNumber);
    if (digits.size() == 10)
        m_searchLineEdit->setText(q(digits));
}

void MatchPersonDialog::search(const QString& text)
{
    m_chosen.reset();
    if (text.trimmed().isEmpty()) {
        m_model->clear();
    } else {
        auto page = record::PatientDirectory(m_store).find(text.trimmed().toStdString(), 50);
        if (!page) {
            m_banner->showError(page.error());
            m_model->clear();
        } else {
            m_banner->clearMessage();
            m_model->setItems(std::move(page->items), m_store.clock().today());
            m_resultsView->resizeColumnsToContents();
        }
    }
    updateConfirmation();
}

void MatchPersonDialog::choose(int row)
{
    const auto* item = m_model->item(row);
    if (item)
        m_chosen = *item;
    else
        m_chosen.reset();
    if (item && m_resultsView->currentIndex().row() != row)
        m_resultsView->setCurrentIndex(m_model->index(row, 0));
    updateConfirmation();
}

void MatchPersonDialog::updateConfirmation()
{
    m_confirmCheckBox->setChecked(false);
    m_confirmCheckBox->setEnabled(m_chosen.has_value());
    m_matchButton->setEnabled(false);
    if (!m_chosen) {
        m_confirmLabel->setStyleSheet(QString());
        m_confirmLabel->setText(tr("Choose the person this result belongs to."));
        return;
    }
    m_confirmLabel->setText(confirmationText());
    m_confirmLabel->setStyleSheet("font-weight: bold;");
}

QString MatchPersonDialog::confirmationText() const
{
    if (!m_chosen)
        return {};
    const auto& p = *m_chosen;
    QString text
        = tr("Attach this %1 result to %2, born %3, NHS number %4?")
              .arg(q(m_item.itemName), listName(p), p.birthDate.valid() ? q(p.birthDate.display()) : tr("Not known"),
                   q(model::displayNhsNumber(p.nhsNumber)));
    // Say so when what the laboratory gave does not agree with this person.
    const auto given = base::CivilDate::parse(m_item.result.birthDate);
    if (given.ok() && p.birthDate.valid() && *given != p.birthDate)
        text += QLatin1Char(' ')
            + tr("Their date of birth is not the one on the result (%1): check with the laboratory first.")
                  .arg(q(given->display()));
    const auto givenNhs = model::NhsNumber::digitsOnly(m_item.result.nhsNumber);
    if (!givenNhs.empty() && givenNhs != p.nhsNumber)
        text += QLatin1Char(' ')
            + tr("Their NHS number is not the one on the result (%1).").arg(nhsAsGiven(m_item.result.nhsNumber));
    return text;
}

void MatchPersonDialog::accept()
{
    if (!m_chosen || !m_confirmCheckBox->isChecked())
        return;
    auto matched = results::UnmatchedResults(m_store).match(m_item.result.id, m_chosen->id);
    if (!matched) {
        m_banner->showError(matched.error());
        return;
    }
    m_observationId = *matched;
    QDialog::accept();
}

} // namespace carehouse::ui
