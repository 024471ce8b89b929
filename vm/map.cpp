// Go maps at run time.
//
// A Go programmer can observe more of a map's machinery than one might
// think: range order is deliberately random and changes from one loop to
// the next, NaN keys pile up as distinct entries, +0 and -0 are one key, a
// map never gives memory back when it empties, and a program that ranges
// over a map while writing to it sees each surviving entry exactly once.
// So gos does not wrap a C++ hash table: it rebuilds the table of Go 1.19
// (runtime/map.go) on its own memory, with the same shape and the same
// rules, so that every count a REPL can show (B, overflow buckets, growth in
// progress) is Go's.
//
// Shape. A map value is a pointer to an HMap header: the entry count, B
// (there are 2^B buckets), a random hash seed chosen per map, the bucket
// array, the previous bucket array while a growth is in progress, and how
// far moving entries out of it has got. A bucket is one block of memory
// holding eight slots:
//
//     tophash[8] | key[8] | elem[8] | overflow pointer
//
// Keys are packed together and then elements, so map[int64]int8 wastes no
// padding (88-byte buckets, as in Go). A key or element type over 128
// bytes is stored as a pointer to its own object. When a bucket fills up,
// an overflow bucket is chained behind it.
//
// Hashing. The low B bits of a key's 64-bit hash choose the bucket; its top
// byte is kept in the slot's tophash, so a lookup compares whole keys only
// when that byte matches. Tophash values below 5 are markers instead: an
// empty slot (emptyOne), an empty slot after which the whole chain is empty
// (emptyRest, which lets lookups stop early; delete maintains it), and,
// in an old bucket during growth, "moved to the lower/upper half"
// (evacuatedX/Y) and "was empty" (evacuatedEmpty). A real hash whose top
// byte falls below 5 is bumped up by 5.
//
// The hash itself is a seeded wyhash-style multiply-mix over the key's
// bytes (Go uses AES hardware; the values are unobservable, only their
// randomness is). The rules around it are Go's: floats hash +0 and -0
// alike and a NaN to a fresh random number each time, so each NaN insert
// lands as a new entry no lookup can find; complex numbers hash part by
// part; strings by their bytes; arrays element by element; structs field
// by field, skipping blank (_) fields, which == ignores too; an interface
// by its dynamic value, mixed with the dynamic type, and an interface
// holding a slice, map or func (or a struct of them) panics "hash of
// unhashable type T", even on a nil map, as in Go.
//
// Growth. An insert that finds no equal key grows the table first when the
// map would exceed 6.5 entries per bucket on average (more than 8 entries
// and more than 13*2^B/2): B goes up by one. It grows "sideways" to the same
// size when the overflow buckets are as many as the buckets (keys that come
// and go leave sparse overflow chains), which packs the surviving entries. Growth is
// incremental: the old array stays, and every later insert or delete first
// evacuates the old bucket it is about to use plus the lowest one not yet
// done, splitting each old bucket's entries between buckets i and
// i+2^(B-1) of the new array by the hash bit that B gained. Lookups read
// the old bucket while it is not evacuated. When the last old bucket is
// done the old array is dropped. So make(map[int]int) reaches B=1 at the
// 9th insert, B=2 at the 14th, and from then on B=b at the
// (13*2^(b-2)+1)th: 27, 53, 105, ... exactly as Go. make(m, hint) picks
// the smallest B that holds hint entries under the same rule (a negative
// or impossibly large hint counts as 0, without a panic, as in Go 1.19);
// maps never shrink.
// Arrays of 16 buckets or more come with spare overflow buckets at their
// end (2^(B-4), rounded up to the allocator's size class), handed out
// before any new one is allocated.
//
// Iteration. A range starts at a random bucket and walks each bucket from
// a random slot, wrapping around. If a growth started before the range did
// and is still going, a bucket of the new array that is not yet filled is
// read from its old bucket, keeping only the entries bound for it; an entry
// found in an old bucket that has since been evacuated is looked up again
// in the current table, so an entry deleted meanwhile is skipped and one
// updated is seen with its new value. Entries never move within a bucket,
// so no entry is seen twice; entries added during the range may or may not
// be seen. NaN keys, whose hash cannot be recomputed, follow the low bit of
// their tophash when an iterator may be watching.
//
// Memory. The header and every bucket come from the collector. A bucket
// array whose keys and elements hold no pointers is allocated atomic (never
// scanned), like Go's pointer-free buckets; its overflow pointers are then
// invisible to the collector, so the map also keeps every overflow bucket
// in a scanned side list (MapExtra::overflow, and oldOverflow during
// growth), and an iterator holds on to both lists, which keeps alive the
// buckets it may still walk after the map has dropped them. Other bucket
// arrays are scanned and hold their overflow chains themselves.
#include "vm/map.h"
#include "vm/race.h"

#include <cmath>
#include <cstring>
#include <initializer_list>
#include <random>

#include "vm/slice.h"

namespace gos::vm {

namespace {

constexpr uint64_t kSlots = 8;           // slots per bucket
constexpr uint64_t kLoadNum = 13;        // load factor 13/2 = 6.5
constexpr uint64_t kLoadDen = 2;
constexpr int64_t kMaxInline = 128;      // bigger keys and elements are stored by pointer
constexpr uint64_t kDataOffset = 8;      // keys start after the tophash bytes
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;

// HMap::flags
constexpr uint8_t kIterator = 1;     // an iterator may be walking buckets
constexpr uint8_t kOldIterator = 2;  // an iterator may be walking oldbuckets
constexpr uint8_t kWriting = 4;      // a write is in progress
constexpr uint8_t kSameSize = 8;     // the growth in progress keeps B

constexpr uint64_t kNoCheck = ~uint64_t(0);

// ---- randomness -----------------------------------------------------------------

__extension__ typedef unsigned __int128 U128;

inline uint64_t mix(uint64_t a, uint64_t b) {
    U128 r = static_cast<U128>(a) * b;
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

constexpr uint64_t kP0 = 0xa0761d6478bd642full;
constexpr uint64_t kP1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kP2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t kP3 = 0x589965cc75374cc3ull;

// Per-thread wyrand generator, seeded from the system unless a VM fixes
// its seed (seedMapRandom): Go's fastrand. It chooses map seeds, iteration
// starts, NaN hashes and the sampling of noverflow on big maps. A VM runs
// on one thread, its runtime's, so this is the VM's own source.
uint64_t systemSeed() {
    std::random_device rd;
    return (static_cast<uint64_t>(rd()) << 32) ^ rd();
}
thread_local uint64_t state = systemSeed();

uint64_t random64() {
    state += kP0;
    return mix(state, state ^ kP1);
}

uint32_t random32() { return static_cast<uint32_t>(random64()); }

// ---- hashing --------------------------------------------------------------------

inline uint64_t load8(const uint8_t* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

inline uint64_t load4(const uint8_t* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// A seeded hash of n bytes (the wyhash construction: 128-bit multiplies
// folded to 64 bits).
uint64_t hashBytes(const void* data, size_t n, uint64_t seed) {
    const uint8_t* p = static_cast<const uint8_t*>(data);
    seed ^= mix(seed ^ kP0, kP1);
    uint64_t a = 0, b = 0;
    if (n <= 16) {
        if (n >= 4) {
            size_t step = (n >> 3) << 2;  // 0 for 4..7 bytes, 4 for 8..16
            a = (load4(p) << 32) | load4(p + step);
            b = (load4(p + n - 4) << 32) | load4(p + n - 4 - step);
        } else if (n > 0) {
            a = (static_cast<uint64_t>(p[0]) << 16) | (static_cast<uint64_t>(p[n >> 1]) << 8) | p[n - 1];
        }
    } else {
        size_t left = n;
        if (left > 48) {
            uint64_t s1 = seed, s2 = seed;
            do {
                seed = mix(load8(p) ^ kP1, load8(p + 8) ^ seed);
                s1 = mix(load8(p + 16) ^ kP2, load8(p + 24) ^ s1);
                s2 = mix(load8(p + 32) ^ kP3, load8(p + 40) ^ s2);
                p += 48;
                left -= 48;
            } while (left > 48);
            seed ^= s1 ^ s2;
        }
        while (left > 16) {
            seed = mix(load8(p) ^ kP1, load8(p + 8) ^ seed);
            p += 16;
            left -= 16;
        }
        a = load8(p + left - 16);
        b = load8(p + left - 8);
    }
    a ^= kP1;
    b ^= seed;
    U128 r = static_cast<U128>(a) * b;
    return mix(static_cast<uint64_t>(r) ^ kP0 ^ n, static_cast<uint64_t>(r >> 64) ^ kP1);
}

// Both zeros hash alike; every NaN differently.
uint64_t hashZero(uint64_t seed) { return mix(seed ^ kP2, kP3); }
uint64_t hashNaN(uint64_t seed) { return mix(seed ^ random64(), kP3); }

uint64_t hashFloat32(const void* p, uint64_t seed) {
    float f;
    std::memcpy(&f, p, 4);
    if (f == 0) return hashZero(seed);
    if (f != f) return hashNaN(seed);
    return hashBytes(p, 4, seed);
}

uint64_t hashFloat64(const void* p, uint64_t seed) {
    double f;
    std::memcpy(&f, p, 8);
    if (f == 0) return hashZero(seed);
    if (f != f) return hashNaN(seed);
    return hashBytes(p, 8, seed);
}

[[noreturn]] void unhashable(VM& vm, const types::Type* t) {
    vm.runtimeError("hash of unhashable type " + types::typeString(t, true));
}

// ---- key properties (maptype's flags) ------------------------------------------------

types::Type* under(const types::Type* t) { return types::underlying(const_cast<types::Type*>(t)); }

// Whether a key type has a part (itself, an array's element, a struct's
// field, recursively) of one of the given kinds.
bool hasPart(const types::Type* t, std::initializer_list<types::Kind> kinds) {
    types::Type* u = under(t);
    for (types::Kind k : kinds)
        if (u->kind == k) return true;
    if (u->kind == types::Kind::Array) return hasPart(static_cast<types::Array*>(u)->elem, kinds);
    if (u->kind == types::Kind::Struct)
        for (const types::Field& f : static_cast<types::Struct*>(u)->fields)
            if (hasPart(f.type, kinds)) return true;
    return false;
}

// k == k for every value: false as soon as a float or an interface is inside.
bool reflexive(const types::Type* t) {
    using K = types::Kind;
    return !hasPart(t, {K::Float32, K::Float64, K::Complex64, K::Complex128, K::Interface});
}

// Equal keys may differ in their bytes (+0/-0, strings with different
// storage, interfaces): an assignment to an existing key stores the new one.
bool needKeyUpdate(const types::Type* t) {
    using K = types::Kind;
    return hasPart(t, {K::Float32, K::Float64, K::Complex64, K::Complex128, K::Interface, K::String});
}

// Hashing may panic: an interface is inside.
bool hashMightPanic(const types::Type* t) { return hasPart(t, {types::Kind::Interface}); }

// Keys compared and hashed as plain bytes: integers, booleans, pointers,
// channels, and arrays and unpadded structs of them, as Go's memhash
// types (the fast path; everything else goes through hashValue and
// valuesEqual).
bool plainMemoryKey(const types::Type* t) {
    types::Type* u = under(t);
    if (u->kind == types::Kind::Array) return plainMemoryKey(static_cast<types::Array*>(u)->elem);
    if (u->kind == types::Kind::Struct) {
        int64_t next = 0;  // no padding: each field starts where the last ended
        for (const types::Field& f : static_cast<types::Struct*>(u)->fields) {
            if (f.offset != next || !plainMemoryKey(f.type) || f.name == "_") return false;
            next = f.offset + f.type->size;
        }
        return next == u->size;
    }
    switch (u->kind) {
        case types::Kind::Bool:
        case types::Kind::Int:
        case types::Kind::Int8:
        case types::Kind::Int16:
        case types::Kind::Int32:
        case types::Kind::Int64:
        case types::Kind::Uint:
        case types::Kind::Uint8:
        case types::Kind::Uint16:
        case types::Kind::Uint32:
        case types::Kind::Uint64:
        case types::Kind::Uintptr:
        case types::Kind::Pointer:
        case types::Kind::Chan:
        case types::Kind::UnsafePointer: return true;
        default: return false;
    }
}

// ---- bucket layout ----------------------------------------------------------------

using Layout = MapLayout;


Layout computeLayout(const types::Map* t) {
    Layout l;
    l.key = t->key;
    l.elem = t->elem;
    l.indirectKey = t->key->size > kMaxInline;
    l.indirectElem = t->elem->size > kMaxInline;
    l.keySize = l.indirectKey ? 8 : static_cast<uint64_t>(t->key->size);
    l.elemSize = l.indirectElem ? 8 : static_cast<uint64_t>(t->elem->size);
    // 8 tophash bytes, then 8 keys: always a multiple of 8, so the element
    // array and the overflow pointer are aligned without padding
    l.elemsOffset = kDataOffset + kSlots * l.keySize;
    l.overflowOffset = l.elemsOffset + kSlots * l.elemSize;
    l.bucketSize = l.overflowOffset + sizeof(void*);
    l.pointerFree = !l.indirectKey && !l.indirectElem && t->key->pointerFree && t->elem->pointerFree;
    l.plainKey = plainMemoryKey(t->key);
    l.reflexiveKey = reflexive(t->key);
    l.needKeyUpdate = needKeyUpdate(t->key);
    l.hashMightPanic = hashMightPanic(t->key);
    return l;
}

// Every map operation needs its type's layout; loops mostly work on one
// map type, so each VM keeps the last one (per VM: a type's address means
// nothing once its program is gone).
const Layout& layoutOf(VM& vm, const types::Map* t) {
    MapLayoutCache& c = vm.mapLayoutCache();
    if (t != c.type) {
        c.layout = computeLayout(t);
        c.type = t;
    }
    return c.layout;
}

inline uint8_t* tops(char* b) { return reinterpret_cast<uint8_t*>(b); }
inline char* keySlot(const Layout& l, char* b, uint64_t i) { return b + kDataOffset + i * l.keySize; }
inline char* elemSlot(const Layout& l, char* b, uint64_t i) { return b + l.elemsOffset + i * l.elemSize; }

inline char* loadPointer(const char* slot) {
    char* p;
    std::memcpy(&p, slot, sizeof p);
    return p;
}

inline void storePointer(char* slot, const void* p) { std::memcpy(slot, &p, sizeof p); }

inline char* overflowOf(const Layout& l, const char* b) { return loadPointer(b + l.overflowOffset); }
inline void setOverflow(const Layout& l, char* b, const void* next) { storePointer(b + l.overflowOffset, next); }

// the key and element themselves (through the pointer when stored indirectly)
inline char* keyAt(const Layout& l, char* b, uint64_t i) {
    char* k = keySlot(l, b, i);
    return l.indirectKey ? loadPointer(k) : k;
}
inline char* elemAt(const Layout& l, char* b, uint64_t i) {
    char* e = elemSlot(l, b, i);
    return l.indirectElem ? loadPointer(e) : e;
}

inline bool isEmpty(uint8_t top) { return top <= kEmptyOne; }
inline bool evacuated(char* b) {
    uint8_t h = tops(b)[0];
    return h > kEmptyOne && h < kMinTopHash;
}

inline uint8_t topHash(uint64_t hash) {
    auto top = static_cast<uint8_t>(hash >> 56);
    return top < kMinTopHash ? static_cast<uint8_t>(top + kMinTopHash) : top;
}

inline uint64_t bucketCount(uint8_t B) { return uint64_t(1) << B; }
inline uint64_t bucketMask(uint8_t B) { return bucketCount(B) - 1; }

// More than 8 entries and more than 6.5 per bucket.
bool overLoadFactor(int64_t count, uint8_t B) {
    return count > static_cast<int64_t>(kSlots) &&
           static_cast<uint64_t>(count) > kLoadNum * (bucketCount(B) / kLoadDen);
}

// About as many overflow buckets as buckets (capped at 2^15, beyond which
// noverflow is only an estimate).
bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
    if (B > 15) B = 15;
    return noverflow >= (uint32_t(1) << B);
}

uint64_t hashKey(VM& vm, const Layout& l, const void* key, uint64_t seed) {
    if (l.plainKey) return hashBytes(key, static_cast<size_t>(l.key->size), seed);
    return hashValue(vm, l.key, key, seed);
}

bool keysEqual(VM& vm, const Layout& l, const void* a, const void* b) {
    if (l.plainKey) return std::memcmp(a, b, static_cast<size_t>(l.key->size)) == 0;
    return valuesEqual(vm, l.key, a, b);
}

inline void copyValue(void* dst, const void* src, int64_t size) {
    if (size > 0) std::memcpy(dst, src, static_cast<size_t>(size));
}

}  // namespace

// ---- the header -------------------------------------------------------------------

namespace {

// The overflow buckets of a pointer-free bucket array, so the collector
// sees them (a growable array of pointers, scanned).
struct OverflowList {
    char** items;
    int64_t len;
    int64_t cap;
};

struct MapExtra {
    OverflowList* overflow;     // of buckets
    OverflowList* oldOverflow;  // of oldbuckets, while growing
    char* nextOverflow;         // the next spare overflow bucket at the end of the array
    MapRace* race;              // happens-before tracking (race.h), once on
};

}  // namespace

struct HMap {
    int64_t count;  // live entries: len(m)
    uint8_t flags;
    uint8_t B;           // 2^B buckets
    uint16_t noverflow;  // overflow buckets (estimated for B >= 16)
    uint32_t hash0;      // seed
    char* buckets;       // null until the first insert when B is 0
    char* oldbuckets;    // the previous array while growing, else null
    uint64_t nevacuate;  // old buckets below this one are evacuated
    MapExtra* extra;
};

namespace {

MapExtra* extraOf(VM& vm, HMap* m) {
    if (!m->extra) m->extra = static_cast<MapExtra*>(vm.allocate(sizeof(MapExtra), false));
    return m->extra;
}

// A map access, checked against the others when tracking is on.
inline void raceCheck(VM& vm, HMap* m, VM::MapAccess access) {
    if (!vm.raceOn()) [[likely]] return;
    MapExtra* x = extraOf(vm, m);
    if (!x->race) x->race = static_cast<MapRace*>(vm.allocate(sizeof(MapRace), true));
    vm.raceMap(x->race, access);
}

OverflowList* overflowList(VM& vm, HMap* m) {
    MapExtra* x = extraOf(vm, m);
    if (!x->overflow) x->overflow = static_cast<OverflowList*>(vm.allocate(sizeof(OverflowList), false));
    return x->overflow;
}

void remember(VM& vm, OverflowList* list, char* bucket) {
    if (list->len == list->cap) {
        int64_t cap = list->cap ? list->cap * 2 : 4;
        auto** items = static_cast<char**>(vm.allocate(static_cast<size_t>(cap) * sizeof(char*), false));
        if (list->len) std::memcpy(items, list->items, static_cast<size_t>(list->len) * sizeof(char*));
        list->items = items;
        list->cap = cap;
    }
    list->items[list->len++] = bucket;
}

// Counts one more overflow bucket: exactly below B = 16, above with
// probability 2^-(B-15), so that reaching 2^15 means about 2^B buckets.
void countOverflow(HMap* m) {
    if (m->B < 16) {
        ++m->noverflow;
        return;
    }
    uint32_t mask = (uint32_t(1) << (m->B - 15)) - 1;
    if ((random32() & mask) == 0) ++m->noverflow;
}

// Lays out a fresh (zeroed) array of 2^B buckets followed by `total - 2^B`
// spare overflow buckets. The last spare's overflow pointer is set to a
// non-null sentinel (the array itself): a spare whose pointer is null has
// more spares after it. Returns the first spare, or null.
char* markSpares(const Layout& l, char* buckets, uint8_t B, uint64_t total) {
    uint64_t base = bucketCount(B);
    if (total == base) return nullptr;
    setOverflow(l, buckets + (total - 1) * l.bucketSize, buckets);
    return buckets + base * l.bucketSize;
}

// Buckets to allocate for 2^B: from B = 4 on, one spare overflow bucket
// per 16, and whatever more fits in the allocator's size class.
uint64_t arrayLength(const Layout& l, uint8_t B) {
    uint64_t n = bucketCount(B);
    if (B >= 4) {
        n += bucketCount(static_cast<uint8_t>(B - 4));
        uint64_t bytes = l.bucketSize * n;
        uint64_t rounded = roundUpSize(bytes);
        if (rounded != bytes) n = rounded / l.bucketSize;
    }
    return n;
}

char* newBucketArray(VM& vm, const Layout& l, uint8_t B, char*& spares) {
    uint64_t n = arrayLength(l, B);
    auto* buckets = static_cast<char*>(vm.allocate(n * l.bucketSize, l.pointerFree));
    spares = markSpares(l, buckets, B, n);
    return buckets;
}

// A new overflow bucket chained behind b: a spare if any is left, else a
// new object.
char* newOverflow(VM& vm, const Layout& l, HMap* m, char* b) {
    char* ovf;
    if (m->extra && m->extra->nextOverflow) {
        ovf = m->extra->nextOverflow;
        if (!overflowOf(l, ovf)) {
            m->extra->nextOverflow = ovf + l.bucketSize;
        } else {
            setOverflow(l, ovf, nullptr);  // the last spare: clear the sentinel
            m->extra->nextOverflow = nullptr;
        }
    } else {
        ovf = static_cast<char*>(vm.allocate(l.bucketSize, l.pointerFree));
    }
    countOverflow(m);
    if (l.pointerFree) remember(vm, overflowList(vm, m), ovf);
    setOverflow(l, b, ovf);
    return ovf;
}

// Marks the map as being written for the duration of an insert or delete
// (Go's hashWriting, which detects unsynchronised writers).
struct Writing {
    HMap* m;
    explicit Writing(HMap* map) : m(map) { m->flags |= kWriting; }
    ~Writing() { m->flags &= static_cast<uint8_t>(~kWriting); }
    Writing(const Writing&) = delete;
    Writing& operator=(const Writing&) = delete;
};

// A panic whose value is Go's runtime.plainError: printed without the
// "runtime error: " prefix, though recover() returns a runtime.Error.
[[noreturn]] void plainPanic(VM& vm, const std::string& message) {
    vm.panicRuntimeError(vm.program().runtimeErrors.plainError, message);
}

// ---- growth ----------------------------------------------------------------------

bool sameSizeGrow(const HMap* m) { return (m->flags & kSameSize) != 0; }

uint64_t oldBucketCount(const HMap* m) {
    return bucketCount(static_cast<uint8_t>(sameSizeGrow(m) ? m->B : m->B - 1));
}

// Starts a growth: doubling when the insert would overload the map, else
// to the same size. Entries move later (evacuate).
void startGrowth(VM& vm, const Layout& l, HMap* m) {
    uint8_t more = 1;
    if (!overLoadFactor(m->count + 1, m->B)) {
        more = 0;
        m->flags |= kSameSize;
    }
    char* spares;
    char* fresh = newBucketArray(vm, l, static_cast<uint8_t>(m->B + more), spares);
    // iterators over the current array now walk the old one
    uint8_t flags = m->flags & static_cast<uint8_t>(~(kIterator | kOldIterator));
    if (m->flags & kIterator) flags |= kOldIterator;
    m->B = static_cast<uint8_t>(m->B + more);
    m->flags = flags;
    m->oldbuckets = m->buckets;
    m->buckets = fresh;
    m->nevacuate = 0;
    m->noverflow = 0;
    if (m->extra && m->extra->overflow) {
        m->extra->oldOverflow = m->extra->overflow;
        m->extra->overflow = nullptr;
    }
    if (spares) extraOf(vm, m)->nextOverflow = spares;
}

// Moves nevacuate past every evacuated old bucket (looking at most 1024
// ahead); when it reaches the end the growth is over.
void advanceEvacuation(const Layout& l, HMap* m, uint64_t oldCount) {
    ++m->nevacuate;
    uint64_t stop = m->nevacuate + 1024 < oldCount ? m->nevacuate + 1024 : oldCount;
    while (m->nevacuate != stop && evacuated(m->oldbuckets + m->nevacuate * l.bucketSize)) ++m->nevacuate;
    if (m->nevacuate == oldCount) {
        m->oldbuckets = nullptr;
        if (m->extra) m->extra->oldOverflow = nullptr;
        m->flags &= static_cast<uint8_t>(~kSameSize);
    }
}

// Where evacuated entries go: a bucket chain of the new array and the next
// free slot in it.
struct Destination {
    char* bucket;
    uint64_t slot;
};

// Moves the entries of old bucket `index` (and its chain) to the new
// array: to bucket index (X) or, when doubling, index + old count (Y),
// by the new bit of their hash. The old slots keep their order and are
// marked evacuatedX/Y so iterators still find them.
void evacuate(VM& vm, const Layout& l, HMap* m, uint64_t index) {
    char* old = m->oldbuckets + index * l.bucketSize;
    uint64_t oldCount = oldBucketCount(m);
    if (!evacuated(old)) {
        Destination dest[2] = {{m->buckets + index * l.bucketSize, 0}, {nullptr, 0}};
        bool doubling = !sameSizeGrow(m);
        if (doubling) dest[1].bucket = m->buckets + (index + oldCount) * l.bucketSize;
        bool keysReflexive = l.reflexiveKey;
        for (char* b = old; b; b = overflowOf(l, b)) {
            for (uint64_t i = 0; i < kSlots; ++i) {
                uint8_t top = tops(b)[i];
                if (isEmpty(top)) {
                    tops(b)[i] = kEvacuatedEmpty;
                    continue;
                }
                if (top < kMinTopHash) vm.fatal("bad map state");
                uint8_t toY = 0;
                if (doubling) {
                    char* k = keyAt(l, b, i);
                    uint64_t hash = hashKey(vm, l, k, m->hash0);
                    if ((m->flags & kIterator) && !keysReflexive && !keysEqual(vm, l, k, k)) {
                        // a NaN: its hash is not repeatable, and an iterator
                        // must agree with the choice; the tophash's low bit
                        // decides, and a new random tophash spreads such keys
                        // at the next growth
                        toY = top & 1;
                        top = topHash(hash);
                    } else if (hash & oldCount) {
                        toY = 1;
                    }
                }
                tops(b)[i] = static_cast<uint8_t>(kEvacuatedX + toY);
                Destination& d = dest[toY];
                if (d.slot == kSlots) {
                    d.bucket = newOverflow(vm, l, m, d.bucket);
                    d.slot = 0;
                }
                tops(d.bucket)[d.slot] = top;
                // slots move as they are: the pointer when stored indirectly
                std::memcpy(keySlot(l, d.bucket, d.slot), keySlot(l, b, i), l.keySize);
                std::memcpy(elemSlot(l, d.bucket, d.slot), elemSlot(l, b, i), l.elemSize);
                ++d.slot;
            }
        }
        // Without iterators on the old array, drop its references (and its
        // overflow chain) so the collector can free them; tophash stays.
        if (!(m->flags & kOldIterator) && !l.pointerFree)
            std::memset(old + kDataOffset, 0, l.bucketSize - kDataOffset);
    }
    if (index == m->nevacuate) advanceEvacuation(l, m, oldCount);
}

// Before a write to bucket `bucket` of the new array: evacuate the old
// bucket it fills from, and one more to make progress.
void growWork(VM& vm, const Layout& l, HMap* m, uint64_t bucket) {
    evacuate(vm, l, m, bucket & (oldBucketCount(m) - 1));
    if (m->oldbuckets) evacuate(vm, l, m, m->nevacuate);
}

// ---- lookup -----------------------------------------------------------------------

// The bucket where the entries with this hash are now: the old one while
// it is not evacuated.
char* homeBucket(const Layout& l, const HMap* m, uint64_t hash) {
    uint64_t mask = bucketMask(m->B);
    char* b = m->buckets + (hash & mask) * l.bucketSize;
    if (m->oldbuckets) {
        if (!sameSizeGrow(m)) mask >>= 1;
        char* old = m->oldbuckets + (hash & mask) * l.bucketSize;
        if (!evacuated(old)) b = old;
    }
    return b;
}

// Finds key in a non-empty map: its bucket and slot.
bool find(VM& vm, const Layout& l, const HMap* m, const void* key, char*& bucket, uint64_t& slot) {
    uint64_t hash = hashKey(vm, l, key, m->hash0);
    uint8_t top = topHash(hash);
    for (char* b = homeBucket(l, m, hash); b; b = overflowOf(l, b)) {
        for (uint64_t i = 0; i < kSlots; ++i) {
            uint8_t h = tops(b)[i];
            if (h != top) {
                if (h == kEmptyRest) return false;
                continue;
            }
            if (keysEqual(vm, l, key, keyAt(l, b, i))) {
                bucket = b;
                slot = i;
                return true;
            }
        }
    }
    return false;
}

// After slot i of bucket b (in the chain starting at first) became empty:
// if nothing follows it, it and the empty slots before it become emptyRest.
void markTrailingEmpty(const Layout& l, char* first, char* b, uint64_t i) {
    if (i == kSlots - 1) {
        char* next = overflowOf(l, b);
        if (next && tops(next)[0] != kEmptyRest) return;
    } else if (tops(b)[i + 1] != kEmptyRest) {
        return;
    }
    for (;;) {
        tops(b)[i] = kEmptyRest;
        if (i == 0) {
            if (b == first) return;
            char* current = b;
            for (b = first; overflowOf(l, b) != current; b = overflowOf(l, b)) {
            }
            i = kSlots - 1;
        } else {
            --i;
        }
        if (tops(b)[i] != kEmptyOne) return;
    }
}

}  // namespace

// ---- hash of any comparable value ---------------------------------------------------

uint64_t hashValue(VM& vm, const types::Type* t, const void* key, uint64_t seed) {
    types::Type* u = under(t);
    const char* p = static_cast<const char*>(key);
    switch (u->kind) {
        case types::Kind::Float32: return hashFloat32(p, seed);
        case types::Kind::Float64: return hashFloat64(p, seed);
        case types::Kind::Complex64: return hashFloat32(p + 4, hashFloat32(p, seed));
        case types::Kind::Complex128: return hashFloat64(p + 8, hashFloat64(p, seed));
        case types::Kind::String: {
            GoString s;
            std::memcpy(&s, p, sizeof s);
            return hashBytes(s.data, static_cast<size_t>(s.len), seed);
        }
        case types::Kind::Interface: {
            const auto* v = static_cast<const Iface*>(key);
            if (!v->type) return seed;
            vm.guardNativeStack();  // values nest without bound only through interfaces
            // report the outermost uncomparable type, as Go does
            if (!types::comparable(v->type)) unhashable(vm, v->type);
            const void* data = types::isPointerShaped(v->type) ? static_cast<const void*>(&v->data) : v->data;
            uint64_t typed = mix(seed ^ kP2, reinterpret_cast<uintptr_t>(v->type) ^ kP3);
            return hashValue(vm, v->type, data, typed);
        }
        case types::Kind::Array: {
            auto* a = static_cast<types::Array*>(u);
            for (int64_t i = 0; i < a->len; ++i) seed = hashValue(vm, a->elem, p + i * a->elem->size, seed);
            return seed;
        }
        case types::Kind::Struct:
            for (const types::Field& f : static_cast<types::Struct*>(u)->fields) {
                if (f.name == "_") continue;
                seed = hashValue(vm, f.type, p + f.offset, seed);
            }
            return seed;
        case types::Kind::Slice:
        case types::Kind::Map:
        case types::Kind::Func: unhashable(vm, t);
        default: return hashBytes(p, static_cast<size_t>(u->size), seed);
    }
}

// ---- make, access, assign, delete, clear ------------------------------------------------

HMap* makeMap(VM& vm, const types::Map* t, int64_t hint) {
    Layout l = layoutOf(vm, t);
    uint64_t bytes;
    if (hint < 0 || __builtin_mul_overflow(static_cast<uint64_t>(hint), l.bucketSize, &bytes) || bytes > kMaxAlloc)
        hint = 0;
    auto* m = static_cast<HMap*>(vm.allocate(sizeof(HMap), false));
    m->hash0 = random32();
    uint8_t B = 0;
    while (overLoadFactor(hint, B)) ++B;
    m->B = B;
    // with B = 0 the one bucket is allocated by the first insert
    if (B != 0) {
        char* spares;
        m->buckets = newBucketArray(vm, l, B, spares);
        if (spares) extraOf(vm, m)->nextOverflow = spares;
    }
    return m;
}

const void* mapAccess(VM& vm, const types::Map* t, HMap* m, const void* key) {
    if (m) raceCheck(vm, m, VM::MapAccess::Read);  // an empty map too: whatever the schedule
    if (!m || m->count == 0) {
        if (layoutOf(vm, t).hashMightPanic) hashValue(vm, t->key, key, 0);
        return nullptr;
    }
    if (m->flags & kWriting) vm.fatal("concurrent map read and map write");
    Layout l = layoutOf(vm, t);
    char* b;
    uint64_t i;
    if (!find(vm, l, m, key, b, i)) return nullptr;
    return elemAt(l, b, i);
}

void* mapAssign(VM& vm, const types::Map* t, HMap* m, const void* key) {
    if (!m) plainPanic(vm, "assignment to entry in nil map");
    if (m->flags & kWriting) vm.fatal("concurrent map writes");
    raceCheck(vm, m, VM::MapAccess::Write);
    Layout l = layoutOf(vm, t);
    uint64_t hash = hashKey(vm, l, key, m->hash0);  // before marking the write: it may panic
    Writing writing(m);
    if (!m->buckets) m->buckets = static_cast<char*>(vm.allocate(l.bucketSize, l.pointerFree));
    uint8_t top = topHash(hash);
    for (;;) {
        uint64_t index = hash & bucketMask(m->B);
        if (m->oldbuckets) growWork(vm, l, m, index);
        char* b = m->buckets + index * l.bucketSize;
        uint8_t* freeTop = nullptr;  // the first free slot of the chain
        char* freeKey = nullptr;
        char* freeElem = nullptr;
        char* last = b;
        bool chainEnds = false;
        for (char* cur = b; cur && !chainEnds; cur = overflowOf(l, cur)) {
            last = cur;
            for (uint64_t i = 0; i < kSlots; ++i) {
                uint8_t h = tops(cur)[i];
                if (h != top) {
                    if (isEmpty(h) && !freeTop) {
                        freeTop = &tops(cur)[i];
                        freeKey = keySlot(l, cur, i);
                        freeElem = elemSlot(l, cur, i);
                    }
                    if (h == kEmptyRest) {
                        chainEnds = true;
                        break;
                    }
                    continue;
                }
                char* k = keyAt(l, cur, i);
                if (!keysEqual(vm, l, key, k)) continue;
                if (l.needKeyUpdate) copyValue(k, key, l.key->size);
                return elemAt(l, cur, i);
            }
        }
        // a new key: grow first if due (unless a growth is under way), then
        // look again, since the bucket has changed
        if (!m->oldbuckets && (overLoadFactor(m->count + 1, m->B) || tooManyOverflowBuckets(m->noverflow, m->B))) {
            startGrowth(vm, l, m);
            continue;
        }
        if (!freeTop) {
            char* fresh = newOverflow(vm, l, m, last);
            freeTop = tops(fresh);
            freeKey = keySlot(l, fresh, 0);
            freeElem = elemSlot(l, fresh, 0);
        }
        if (l.indirectKey) {
            void* box = vm.allocate(static_cast<size_t>(l.key->size), l.key->pointerFree);
            storePointer(freeKey, box);
            freeKey = static_cast<char*>(box);
        }
        if (l.indirectElem) {
            void* box = vm.allocate(static_cast<size_t>(l.elem->size), l.elem->pointerFree);
            storePointer(freeElem, box);
            freeElem = static_cast<char*>(box);
        }
        copyValue(freeKey, key, l.key->size);
        *freeTop = top;
        ++m->count;
        return freeElem;
    }
}

void mapDelete(VM& vm, const types::Map* t, HMap* m, const void* key) {
    if (m) raceCheck(vm, m, VM::MapAccess::Write);
    if (!m || m->count == 0) {
        if (layoutOf(vm, t).hashMightPanic) hashValue(vm, t->key, key, 0);
        return;
    }
    if (m->flags & kWriting) vm.fatal("concurrent map writes");
    Layout l = layoutOf(vm, t);
    uint64_t hash = hashKey(vm, l, key, m->hash0);
    Writing writing(m);
    uint64_t index = hash & bucketMask(m->B);
    if (m->oldbuckets) growWork(vm, l, m, index);
    char* first = m->buckets + index * l.bucketSize;
    uint8_t top = topHash(hash);
    for (char* b = first; b; b = overflowOf(l, b)) {
        for (uint64_t i = 0; i < kSlots; ++i) {
            uint8_t h = tops(b)[i];
            if (h != top) {
                if (h == kEmptyRest) return;
                continue;
            }
            if (!keysEqual(vm, l, key, keyAt(l, b, i))) continue;
            // clear the slot (a null pointer when stored indirectly): an
            // empty slot holds zeros, and nothing stays reachable from it
            std::memset(keySlot(l, b, i), 0, l.keySize);
            std::memset(elemSlot(l, b, i), 0, l.elemSize);
            tops(b)[i] = kEmptyOne;
            markTrailingEmpty(l, first, b, i);
            --m->count;
            // a new seed once empty, against crafted collisions (as Go)
            if (m->count == 0) m->hash0 = random32();
            return;
        }
    }
}

void mapClear(VM& vm, const types::Map* t, HMap* m) {
    if (m) raceCheck(vm, m, VM::MapAccess::Write);
    if (!m || m->count == 0) return;
    if (m->flags & kWriting) vm.fatal("concurrent map writes");
    Layout l = layoutOf(vm, t);
    Writing writing(m);
    m->flags &= static_cast<uint8_t>(~kSameSize);
    m->oldbuckets = nullptr;
    m->nevacuate = 0;
    m->noverflow = 0;
    m->count = 0;
    m->hash0 = random32();
    if (m->extra) *m->extra = MapExtra{};
    uint64_t n = arrayLength(l, m->B);
    std::memset(m->buckets, 0, n * l.bucketSize);
    if (char* spares = markSpares(l, m->buckets, m->B, n)) extraOf(vm, m)->nextOverflow = spares;
}

int64_t mapLen(const HMap* m) { return m ? m->count : 0; }

// ---- iteration --------------------------------------------------------------------

void mapIterInit(VM& vm, const types::Map* t, HMap* m, MapIter* it) {
    *it = MapIter{};
    it->type = t;
    it->checkBucket = kNoCheck;
    if (m) raceCheck(vm, m, VM::MapAccess::Iterate);
    if (!m || m->count == 0) return;
    Layout l = layoutOf(vm, t);
    it->map = m;
    it->B = m->B;
    it->buckets = m->buckets;
    if (l.pointerFree) {
        // hold the overflow lists: the buckets this range may walk stay
        // alive even if the map grows and drops them
        it->overflow = overflowList(vm, m);
        it->oldOverflow = m->extra->oldOverflow;
    }
    uint64_t r = m->B > 28 ? random64() : random32();
    it->startBucket = r & bucketMask(m->B);
    it->offset = static_cast<uint8_t>((r >> m->B) & (kSlots - 1));
    it->bucket = it->startBucket;
    m->flags |= kIterator | kOldIterator;
    mapIterNext(vm, it);
}

void mapIterNext(VM& vm, MapIter* it) {
    HMap* m = it->map;
    if (!m) {
        it->key = it->elem = nullptr;
        return;
    }
    if (m->flags & kWriting) vm.fatal("concurrent map iteration and map write");
    raceCheck(vm, m, VM::MapAccess::Iterate);
    Layout l = layoutOf(vm, it->type);
    bool keysReflexive = l.reflexiveKey;
    uint64_t bucket = it->bucket;
    auto* b = static_cast<char*>(it->bucketPtr);
    uint64_t i = it->slot;
    uint64_t check = it->checkBucket;
    for (;;) {
        if (!b) {
            if (bucket == it->startBucket && it->wrapped) {
                it->key = it->elem = nullptr;
                return;
            }
            b = static_cast<char*>(it->buckets) + bucket * l.bucketSize;
            check = kNoCheck;
            if (m->oldbuckets && it->B == m->B) {
                // started during this growth: a bucket not yet filled is
                // read from its old bucket, keeping the entries bound for it
                char* old = m->oldbuckets + (bucket & (oldBucketCount(m) - 1)) * l.bucketSize;
                if (!evacuated(old)) {
                    b = old;
                    check = bucket;
                }
            }
            if (++bucket == bucketCount(it->B)) {
                bucket = 0;
                it->wrapped = true;
            }
            i = 0;
        }
        for (; i < kSlots; ++i) {
            uint64_t s = (i + it->offset) & (kSlots - 1);
            uint8_t top = tops(b)[s];
            if (isEmpty(top) || top == kEvacuatedEmpty) continue;
            char* k = keyAt(l, b, s);
            bool selfEqual = keysReflexive || keysEqual(vm, l, k, k);
            if (check != kNoCheck && !sameSizeGrow(m)) {
                if (selfEqual) {
                    if ((hashKey(vm, l, k, m->hash0) & bucketMask(it->B)) != check) continue;
                } else if ((check >> (it->B - 1)) != static_cast<uint64_t>(top & 1)) {
                    continue;  // a NaN goes the way its tophash's low bit says
                }
            }
            if ((top != kEvacuatedX && top != kEvacuatedY) || !selfEqual) {
                it->key = k;
                it->elem = elemAt(l, b, s);
            } else {
                // moved since: the current table has the live entry, if any
                // (deleted, updated, or updated to an equal key like -0)
                char* fb;
                uint64_t fi;
                if (m->count == 0 || !find(vm, l, m, k, fb, fi)) continue;
                it->key = keyAt(l, fb, fi);
                it->elem = elemAt(l, fb, fi);
            }
            it->bucket = bucket;
            it->bucketPtr = b;
            it->slot = static_cast<uint8_t>(i + 1);
            it->checkBucket = check;
            return;
        }
        b = overflowOf(l, b);
        i = 0;
    }
}

// ---- introspection ------------------------------------------------------------------

MapLayout mapLayout(const types::Map* t) { return computeLayout(t); }

int mapB(const HMap* m) { return m ? m->B : 0; }
bool mapGrowing(const HMap* m) { return m && m->oldbuckets; }
bool mapSameSizeGrow(const HMap* m) { return m && m->oldbuckets && sameSizeGrow(m); }
int64_t mapOverflowCount(const HMap* m) { return m ? m->noverflow : 0; }

MapStats mapHeader(const HMap* m) {
    MapStats s;
    if (!m) return s;
    s.count = m->count;
    s.B = m->B;
    s.noverflow = m->noverflow;
    s.hash0 = m->hash0;
    if (m->buckets) s.buckets = bucketCount(m->B);
    if (m->oldbuckets) {
        s.growing = true;
        s.sameSizeGrow = sameSizeGrow(m);
        s.oldBuckets = oldBucketCount(m);
        s.evacuated = m->nevacuate;
    }
    return s;
}

MapStats mapStats(const types::Map* t, const HMap* m) {
    MapStats s = mapHeader(m);
    if (!m) return s;
    Layout l = computeLayout(t);
    auto walk = [&](char* array, uint64_t n, int64_t& overflow, bool skipEvacuated) {
        for (uint64_t i = 0; i < n; ++i) {
            char* b = array + i * l.bucketSize;
            if (skipEvacuated && evacuated(b)) continue;
            int64_t chain = 1;
            for (char* o = overflowOf(l, b); o; o = overflowOf(l, o)) ++chain;
            overflow += chain - 1;
            if (chain > s.longestChain) s.longestChain = chain;
        }
    };
    if (m->buckets) walk(m->buckets, s.buckets, s.overflowBuckets, false);
    if (m->oldbuckets) walk(m->oldbuckets, s.oldBuckets, s.oldOverflowBuckets, true);
    return s;
}

std::vector<BucketView> mapBuckets(const types::Map* t, const HMap* m, bool old, uint64_t limit) {
    std::vector<BucketView> out;
    if (!m) return out;
    char* array = old ? m->oldbuckets : m->buckets;
    if (!array) return out;
    Layout l = computeLayout(t);
    uint64_t n = std::min(limit, old ? oldBucketCount(m) : bucketCount(m->B));
    out.resize(n);
    for (uint64_t i = 0; i < n; ++i) {
        char* b = array + i * l.bucketSize;
        out[i].evacuated = old && evacuated(b);
        for (char* c = b; c; c = overflowOf(l, c)) {
            std::array<uint8_t, kBucketSlots> tops;
            std::memcpy(tops.data(), c, kBucketSlots);
            out[i].tophash.push_back(tops);
        }
    }
    return out;
}

void seedMapRandom(uint64_t seed) { state = seed ? seed : systemSeed(); }

}  // namespace gos::vm
