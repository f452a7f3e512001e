#pragma once

#include <cstdio>
#include <cstdlib>

namespace PayDesk::Fuzz {

// Stops the run with a note on stderr when an invariant does not hold; libFuzzer and the replay
// test both treat the abort as a failure of the input.
[[noreturn]] inline void fuzzFail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", file, line, what);
    std::abort();
}

} // namespace PayDesk::Fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::PayDesk::Fuzz::fuzzFail(#condition, __FILE__, __LINE__);                                                 \
    } while (false)
