// Concurrent map misuse, caught every time.
//
// Go finds two goroutines using a map at once only when their accesses
// happen to overlap in time (a flag in the map), so most runs of a racy
// program succeed. gos runs one goroutine at a time, so accesses never
// overlap; instead it tracks the happens-before order of Go's memory
// model and reports any two accesses to one map, at least one a write, by
// different goroutines that the order does not separate: with Go's words,
// `fatal error: concurrent map writes`, `concurrent map read and map
// write` or `concurrent map iteration and map write`, whatever the
// schedule.
//
// Terms (vector clocks, as in FastTrack):
//   - every goroutine counts its own steps of synchronisation (clock, from
//     1) and knows, for every other goroutine, the latest of that one's
//     clock values it has synchronised with (vc): an access by goroutine G
//     at clock c happened before goroutine H's present iff c <= H.vc[G];
//   - a release (a send, Unlock, Done, close, an atomic store, the go
//     statement) folds the goroutine's knowledge into the object's clock
//     and advances the goroutine's own clock; an acquire (a receive, Lock,
//     Wait's return, an atomic load, a goroutine's start) folds the
//     object's clock into the goroutine's. Objects are channels (their
//     clock hangs off the Chan) and, by address, everything of sync and
//     sync/atomic; every completed channel operation both acquires and
//     releases, which orders a little more than Go's memory model promises
//     (a race can be missed, none is invented);
//   - a map remembers its last write and the reads since (up to
//     kMapReaders goroutines; older readers are forgotten, again missing
//     rather than inventing).
//
// Tracking starts with the first go statement (before it, one goroutine
// runs and everything is ordered) and costs a map operation one test
// until then. It stops for good once a clock would hold more than
// kMaxClock goroutines, bounding the work of a join (each synchronising
// operation costs a pass over the clocks it joins); VMConfig turns it off
// (the gos command: GOSMAPRACE=0).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gos::vm {

struct Epoch {
    int64_t g = 0;   // goroutine id (0: none)
    uint64_t c = 0;  // its clock value
};

// A vector clock, sorted by goroutine id.
struct VClock {
    std::vector<Epoch> e;

    uint64_t get(int64_t g) const;
    void set(int64_t g, uint64_t c);  // raises g's entry to c
    void join(const VClock& o);
};

constexpr size_t kMaxClock = 256;
constexpr int kMapReaders = 8;

// What a map remembers (allocated with the map's extra fields).
struct MapRace {
    Epoch write;
    Epoch reads[kMapReaders];
    bool iterating[kMapReaders];
    int nreads;
};

}  // namespace gos::vm
