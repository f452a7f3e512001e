// libFuzzer target; the work happens in fuzzCodecs(), which tst_fuzzreplay runs on the corpus too.
#include "tests/fuzz/fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PayDesk::Fuzz::fuzzCodecs(data, size);
    return 0;
}
