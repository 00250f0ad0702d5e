#include "ui/ExceptionDialog.h"

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

using model::CareException;

ExceptionDialog::ExceptionDialog(record::RecordStore& store, std::string patientId, const QString& name,
                                 bool invitedTwice, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_patientId(std::move(patientId))
{
    setObjectName("exceptionDialog");
    setWindowTitle(tr("Record an exception"));

    auto* who = new QLabel(
        tr("Take <b>%1</b> off recall for the yearly review until the date below.").arg(name.toHtmlEscaped()), this);
    who->setWordWrap(true);
    auto* rule = new QLabel(invitedTwice ? tr("Invited twice at least 7 days apart: may be recorded as declined.")
                                         : tr("Someone counts as having declined after two invitations at least "
                                              "7 days apart; unsuitable needs a clinical reason."),
                            this);
    rule->setObjectName("exceptionRuleLabel");
    rule->setWordWrap(true);

    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName("exceptionKindComboBox");
    m_kindComboBox->addItem(tr("Declined the review"), static_cast<int>(CareException::Kind::Declined));
    m_kindComboBox->addItem(tr("Review unsuitable for them"), static_cast<int>(CareException::Kind::Unsuitable));

    m_reasonLineEdit = new QLineEdit(this);
    m_reasonLineEdit->setObjectName("exceptionReasonLineEdit");
    m_reasonLineEdit->setPlaceholderText(tr("Required, e.g. declined by phone after two letters"));

    const auto today = store.clock().today();
    const QDate start(today.year(), today.month(), today.day());
    m_untilDateEdit = new QDateEdit(start.addMonths(12), this);
    m_untilDateEdit->setObjectName("exceptionUntilDateEdit");
    m_untilDateEdit->setDisplayFormat("dd-MMM-yyyy");
    m_untilDateEdit->setCalendarPopup(true);
    m_untilDateEdit->setMinimumDate(start.addDays(1));

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("exceptionMessageLabel");

    auto* form = new QFormLayout;
    form->addRow(tr("&Exception"), m_kindComboBox);
    form->addRow(tr("&Reason"), m_reasonLineEdit);
    form->addRow(tr("&Until"), m_untilDateEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* record = buttons->addButton(tr("Record exception"), QDialogButtonBox::AcceptRole);
    record->setObjectName("recordExceptionOkButton");
    record->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExceptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(rule);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExceptionDialog::accept()
{
    const QDate d = m_untilDateEdit->date();
    const auto until = base::CivilDate::fromYmd(d.year(), d.month(), d.day());
    if (!until) {
        m_banner->showError(base::Error::make(base::ErrorCode::DateFormat, "expiry date", d.toString().toStdString()));
        return;
    }
    const auto kind = static_cast<CareException::Kind>(m_kindComboBox->currentData().toInt());
    auto done = recall::RecallBook(m_store).recordException(m_patientId, kind,
                                                            m_reasonLineEdit->text().trimmed().toStdString(), *until);
    if (!done) {
        m_banner->showError(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace carehouse::ui
