#pragma once

#include <cstddef>
#include <cstdint>

// Entry functions of the fuzz targets. Each accepts any bytes; it neither prints to stdout nor
// creates files, and aborts (through fuzzCheck) when the code under test breaks an invariant.
namespace PayDesk::Fuzz {

// A LINE Pay answer body, read the way the client reads every kind of answer.
void fuzzCodecs(const uint8_t *data, size_t size);
// Amount text (UTF-8) for Money::parse in TWD, THB, USD and JPY, with round trips.
void fuzzMoney(const uint8_t *data, size_t size);
// paydesk-cli arguments separated by NUL bytes, through the argument parser only.
void fuzzCli(const uint8_t *data, size_t size);
// One sandbox call per line (see fuzzsandbox.cpp) run against an in-memory ledger.
void fuzzSandbox(const uint8_t *data, size_t size);

} // namespace PayDesk::Fuzz
