#include "core/letters/LetterFingerprint.h"

#include <fmt/format.h>
#include <sodium.h>

namespace carehouse::letters {

namespace {

// Each field is written with its length, so moving text from one field to the next changes
// the fingerprint too.
class Canonical
{
public:
    Canonical& add(const std::string& s)
    {
        m_text += fmt::format("{}:{};", s.size(), s);
        return *this;
    }
    Canonical& add(bool b) { return add(std::string(b ? "1" : "0")); }
    Canonical& add(const std::vector<std::string>& list)
    {
        add(std::to_string(list.size()));
        for (const auto& s : list)
            add(s);
        return *this;
    }
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

} // namespace

std::string fingerprint(const ResultsLetterContent& c)
{
    Canonical k;
    k.add(c.language).add(c.largePrint).add(c.dateText).add(c.title).add(c.intro).add(c.resultsHeading);
    k.add(c.notDoneHeading).add(c.appointmentHeading).add(c.agendaHeading).add(c.questionnairesHeading);
    k.add(c.largePrintOffer).add(c.frame.phone).add(c.frame.nhsNumber).add(c.frame.page);
    const auto& p = c.person;
    k.add(p.patientId).add(p.name).add(p.bannerName).add(p.nhsNumber).add(p.birthDateText).add(p.addressLines);
    k.add(p.addressWithheld);
    k.add(c.practice.name).add(c.practice.addressLines).add(c.practice.phone);
    k.add(std::to_string(c.rows.size()));
    for (const auto& r : c.rows) {
        k.add(r.processId).add(r.plainName).add(r.explanation).add(r.done).add(r.valueText).add(r.dateText);
        k.add(r.resultOnText).add(r.previousText).add(r.changeWords).add(r.targetText).add(r.targetAgreed);
        k.add(r.meaning).add(r.notDoneText).add(r.notDoneAdvice);
    }
    k.add(c.noResultsYet).add(c.noResultsText);
    const auto& a = c.appointment;
    k.add(a.booked).add(a.dateText).add(a.timeText).add(a.place).add(a.withWhom).add(a.sentence).add(a.bring);
    k.add(c.agenda.prompt).add(c.agenda.tickInstruction).add(c.agenda.topics).add(c.agenda.mattersMost);
    k.add(c.agenda.writeSpace);
    k.add(std::to_string(c.questionnaires.size()));
    for (const auto& q : c.questionnaires)
        k.add(q.id).add(q.title).add(q.intro).add(q.items).add(q.options);
    // The template's words and order: a changed word or a part moved changes the fingerprint.
    k.add(std::to_string(c.layout.size()));
    for (const auto& block : c.layout)
        k.add(std::string(blockKindCode(block.kind))).add(block.text).add(block.items);

    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(k.text().data()), k.text().size(),
                       nullptr, 0);
    std::string hex;
    for (unsigned char b : hash)
        hex += fmt::format("{:02x}", b);
    return hex;
}

} // namespace carehouse::letters
