// Go maps at run time (implemented in map.cpp, which explains the design):
// the hmap of Go's runtime/map.go, buckets of 8 slots with tophash bytes,
// overflow buckets, load factor 6.5, incremental (evacuating) growth,
// same-size growth, randomised iteration, and Go's key semantics (NaN
// keys, +0 == -0, interface keys hashed by dynamic type, panics on
// unhashable dynamic types).
//
// A Go map value is one pointer to an HMap (nil for a nil map). Keys and
// elements are passed by address, laid out as Go lays them out in memory.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "types/types.h"
#include "vm/vm.h"

namespace gos::vm {

struct HMap;  // defined in map.cpp

// make(map[K]V, hint). As in Go 1.19, a hint that is negative or absurdly
// large at run time is not an error: it is treated as 0 (makemap). Only a
// constant negative hint is rejected, by the checker.
HMap* makeMap(VM& vm, const types::Map* t, int64_t hint);

// m[key]: the element's address, or nullptr when the key is absent (or m is
// nil); the caller copies it out (or the zero value). The address is valid
// only until the next write to the map. An interface key holding an
// unhashable dynamic type panics even when m is nil or empty, as in Go.
const void* mapAccess(VM& vm, const types::Map* t, HMap* m, const void* key);

// m[key] = ...: the address where the element goes, inserting the key
// (element zeroed) when absent. Panics "assignment to entry in nil map" for
// a nil map. Valid only until the next write to the map.
void* mapAssign(VM& vm, const types::Map* t, HMap* m, const void* key);

// delete(m, key): no-op for a nil map or an absent key.
void mapDelete(VM& vm, const types::Map* t, HMap* m, const void* key);

// Removes every entry, keeping the bucket array (Go's mapclear, what gc
// compiles `for k := range m { delete(m, k) }` to). No-op for nil.
void mapClear(VM& vm, const types::Map* t, HMap* m);

// len(m); 0 for nil.
int64_t mapLen(const HMap* m);

// A range over a map, as Go's hiter: a random start bucket and offset,
// following growth in progress. Allocated by the VM in scanned collector
// memory (it holds pointers into the map and keeps its buckets alive),
// zeroed; mapIterInit fills it in and moves to the first entry.
struct MapIter {
    const void* key;   // the current entry, null when done
    const void* elem;
    const types::Map* type;
    HMap* map;
    void* buckets;      // the bucket array when iteration started
    void* bucketPtr;    // the bucket (or overflow bucket) being walked
    void* overflow;     // keep the overflow buckets of pointer-free bucket
    void* oldOverflow;  //   arrays alive (see map.cpp)
    uint64_t startBucket;  // random bucket the walk started at
    uint8_t offset;        // random slot each bucket is walked from
    bool wrapped;          // the walk went past the last bucket
    uint8_t B;             // log2 of the bucket count when iteration started
    uint8_t slot;          // next slot (0..8) of bucketPtr, counted from offset
    uint64_t bucket;       // next bucket number to walk
    uint64_t checkBucket;  // when walking an old bucket during growth: the new bucket
                           // whose entries to keep, else ~0
};
void mapIterInit(VM& vm, const types::Map* t, HMap* m, MapIter* it);
// Advances to the next entry (it->key null when done).
void mapIterNext(VM& vm, MapIter* it);

// Hash and equality of key values of type t (as the runtime's alg): used
// for map keys. hash panics "runtime error: hash of unhashable type T" for
// an interface holding an uncomparable dynamic type. Equal values hash
// equally for one seed; a NaN hashes to a fresh random value every time.
uint64_t hashValue(VM& vm, const types::Type* t, const void* key, uint64_t seed);

// Seeds the random source maps draw from (hash seeds, iteration starts)
// on the calling thread, which is the one a VM runs on; 0 reseeds from
// the system.
void seedMapRandom(uint64_t seed);

// ---- introspection (tests, and the REPL showing how Go maps behave) --------

// How Go lays out the buckets of a map type (map_layout.h).
MapLayout mapLayout(const types::Map* t);

// log2 of the number of buckets (0 for nil).
int mapB(const HMap* m);
// Whether a growth is in progress: the old bucket array is still live.
bool mapGrowing(const HMap* m);
// Whether the growth in progress keeps the bucket count (too many overflow buckets).
bool mapSameSizeGrow(const HMap* m);
// Go's noverflow: the count of overflow buckets that triggers same-size growth
// (exact below B = 16, a probabilistic estimate above).
int64_t mapOverflowCount(const HMap* m);

struct MapStats {
    int64_t count = 0;
    int B = 0;
    uint64_t buckets = 0;          // 2^B (0 before the first bucket is allocated)
    uint64_t oldBuckets = 0;       // buckets of the old array while growing, else 0
    uint64_t evacuated = 0;        // nevacuate: old buckets below it are all evacuated
    bool growing = false;
    bool sameSizeGrow = false;
    int64_t noverflow = 0;         // Go's counter (mapOverflowCount)
    int64_t overflowBuckets = 0;   // overflow buckets chained from the current array
    int64_t oldOverflowBuckets = 0;  // and from the old array's unevacuated buckets
    int64_t longestChain = 0;      // most buckets in one chain (1 = no overflow)
    uint32_t hash0 = 0;            // the map's hash seed
};
// Walks the map's buckets; a nil map gives zeros.
MapStats mapStats(const types::Map* t, const HMap* m);
// The header's fields only (no overflowBuckets, oldOverflowBuckets or
// longestChain), in constant time.
MapStats mapHeader(const HMap* m);

// The tophash byte of each slot: the hash's top byte (at least
// kMinTopHash), or one of the markers below it.
constexpr uint8_t kEmptyRest = 0;       // empty, and so is every later slot of the chain
constexpr uint8_t kEmptyOne = 1;        // empty
constexpr uint8_t kEvacuatedX = 2;      // (old bucket) moved to the same index of the new array
constexpr uint8_t kEvacuatedY = 3;      // (old bucket) moved to index + old size
constexpr uint8_t kEvacuatedEmpty = 4;  // (old bucket) empty when evacuated
constexpr uint8_t kMinTopHash = 5;
constexpr size_t kBucketSlots = 8;

// One bucket: the tophash bytes of the bucket, then of each overflow bucket
// chained to it; for an old bucket, whether it has been evacuated.
struct BucketView {
    std::vector<std::array<uint8_t, kBucketSlots>> tophash;
    bool evacuated = false;
};
// The current bucket array (old: the old one while growing, else none),
// its first `limit` buckets at most.
std::vector<BucketView> mapBuckets(const types::Map* t, const HMap* m, bool old, uint64_t limit = UINT64_MAX);

}  // namespace gos::vm
