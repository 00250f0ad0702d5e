#include "ui/InvitationDialog.h"

#include "core/recall/RecallBook.h"
#include "core/record/RecordStore.h"
#include "ui/MessageBanner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carehouse::ui {

using model::Invitation;

InvitationDialog::InvitationDialog(record::RecordStore& store, std::vector<Person> people, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_people(std::move(people))
{
    setObjectName("invitationDialog");
    setWindowTitle(tr("Record an invitation"));

    auto* who = new QLabel(this);
    who->setObjectName("invitationWhoLabel");
    who->setWordWrap(true);
    if (m_people.size() == 1)
        who->setText(
            tr("Invitation to the yearly diabetes review for <b>%1</b>.").arg(m_people[0].name.toHtmlEscaped()));
    else
        who->setText(tr("Invitation to the yearly diabetes review for <b>%1 people</b>.").arg(m_people.size()));

    m_methodComboBox = new QComboBox(this);
    m_methodComboBox->setObjectName("invitationMethodComboBox");
    m_methodComboBox->addItem(tr("Letter"), static_cast<int>(Invitation::Method::Letter));
    m_methodComboBox->addItem(tr("Text message (SMS)"), static_cast<int>(Invitation::Method::Sms));
    m_methodComboBox->addItem(tr("Phone call"), static_cast<int>(Invitation::Method::Phone));

    const auto today = store.clock().today();
    m_dateEdit = new QDateEdit(QDate(today.year(), today.month(), today.day()), this);
    m_dateEdit->setObjectName("invitationDateEdit");
    m_dateEdit->setDisplayFormat("dd-MMM-yyyy");
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(m_dateEdit->date());

    m_noteLineEdit = new QLineEdit(this);
    m_noteLineEdit->setObjectName("invitationNoteLineEdit");
    m_noteLineEdit->setPlaceholderText(tr("Optional, e.g. left a voicemail"));

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("invitationMessageLabel");

    auto* form = new QFormLayout;
    form->addRow(tr("How"), m_methodComboBox);
    form->addRow(tr("Date"), m_dateEdit);
    form->addRow(tr("Note"), m_noteLineEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_recordButton = buttons->addButton(tr("Record invitation"), QDialogButtonBox::AcceptRole);
    m_recordButton->setObjectName("recordInvitationOkButton");
    m_recordButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &InvitationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void InvitationDialog::accept()
{
    const QDate d = m_dateEdit->date();
    const auto day = base::CivilDate::fromYmd(d.year(), d.month(), d.day());
    if (!day) {
        m_banner->showError(base::Error::make(base::ErrorCode::DateFormat, "date", d.toString().toStdString()));
        return;
    }
    const auto method = static_cast<Invitation::Method>(m_methodComboBox->currentData().toInt());
    recall::RecallBook book(m_store);
    if (m_people.size() == 1) {
        auto done = book.invite(m_people[0].patientId, method, *day, m_noteLineEdit->text().trimmed().toStdString());
        if (!done) {
            m_banner->showError(done.error());
            return;
        }
        m_recorded = 1;
        QDialog::accept();
        return;
    }
    std::vector<std::string> ids;
    for (const auto& p : m_people)
        ids.push_back(p.patientId);
    std::vector<std::string> skipped;
    auto done = book.inviteMany(ids, method, *day, &skipped);
    if (!done) {
        m_banner->showError(done.error());
        return;
    }
    m_recorded = static_cast<int>(done->size());
    for (const auto& id : skipped)
        for (const auto& p : m_people)
            if (p.patientId == id)
                m_skipped << p.name;
    QDialog::accept();
}

} // namespace carehouse::ui
