// A writer process for the crash and concurrency tests: commits a patient with 30
// observations per ChangeSet, forever or N times, printing each id only after commit returns.
#include "core/base/Clock.h"
#include "core/base/Uuid.h"
#include "core/record/RecordStore.h"

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace carehouse;

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: crash_writer DB USER PASSWORD [COUNT]\n");
        return 2;
    }
    long count = argc > 4 ? std::atol(argv[4]) : -1;
    base::SystemClock clock;
    auto store = record::RecordStore::open(argv[1], clock);
    if (!store || !(*store)->login(argv[2], argv[3])) {
        std::fprintf(stderr, "cannot open or log in\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (long n = 0; count < 0 || n < count; ++n) {
        model::Patient p;
        p.id = base::newUuid();
        p.familyName = "Crash";
        p.givenName = "Writer" + std::to_string(n);
        p.birthDate = *base::CivilDate::fromYmd(1950, 1, 1);
        record::ChangeSet cs("register-patient", p.id);
        cs.addPatient(p);
        for (int i = 0; i < 30; ++i) {
            model::Observation o;
            o.id = base::newUuid();
            o.patientId = p.id;
            o.code = "999791000000106";
            o.effective = *base::CivilDate::fromYmd(2020, 1, 1 + i % 28);
            o.value = 40 + i;
            o.unit = "mmol/mol";
            cs.addObservation(o);
        }
        auto r = (*store)->commit(cs);
        if (!r) {
            std::fprintf(stderr, "commit failed: %s\n", r.error().describe().c_str());
            return 1;
        }
        std::printf("committed %s\n", p.id.c_str());
        std::fflush(stdout);
    }
    return 0;
}
