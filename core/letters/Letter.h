#pragma once

#include "core/base/CivilDate.h"

#include <string>
#include <vector>

namespace carehouse::letters {

// One letter to one person, composed and ready to print: who it is for, where it goes, who it
// is from and what it says. Printing (the GUI's LetterPdfWriter) only lays it out.
//
// The body is plain text: paragraphs separated by a blank line; a paragraph starting "## " is
// a heading; lines starting "- " are a bulleted list.
struct Letter
{
    std::string kind; // "invitation", "results"
    std::string patientId;
    std::string recipientName; // "Mr John Smith": the address block
    std::string footerName; // banner form "SMITH, John (Mr)": the footer of every page
    std::string nhsNumber; // digits
    std::vector<std::string> addressLines; // below the name; empty when withheld or not known
    bool addressWithheld = false; // restricted record: no address is ever printed
    std::string practiceName;
    std::vector<std::string> practiceAddressLines;
    std::string practicePhone;
    base::CivilDate date;
    std::string body;
};

} // namespace carehouse::letters
