// Happens-before tracking for maps (see race.h).
#include "vm/race.h"

#include <algorithm>
#include <cstring>

#include <gc/gc.h>

#include "vm/chan.h"
#include "vm/vm.h"

namespace gos::vm {

uint64_t VClock::get(int64_t g) const {
    auto it = std::lower_bound(e.begin(), e.end(), g, [](const Epoch& a, int64_t id) { return a.g < id; });
    return it != e.end() && it->g == g ? it->c : 0;
}

void VClock::set(int64_t g, uint64_t c) {
    auto it = std::lower_bound(e.begin(), e.end(), g, [](const Epoch& a, int64_t id) { return a.g < id; });
    if (it != e.end() && it->g == g) it->c = std::max(it->c, c);
    else e.insert(it, Epoch{g, c});
}

void VClock::join(const VClock& o) {
    if (o.e.empty()) return;
    // most joins bring nothing new: check that first, without allocating
    size_t i = 0;
    bool news = false;
    for (const Epoch& x : o.e) {
        while (i < e.size() && e[i].g < x.g) ++i;
        if (i == e.size() || e[i].g != x.g || e[i].c < x.c) {
            news = true;
            break;
        }
    }
    if (!news) return;
    std::vector<Epoch> out;
    out.reserve(e.size() + o.e.size());
    size_t a = 0, b = 0;
    while (a < e.size() || b < o.e.size()) {
        if (b == o.e.size() || (a < e.size() && e[a].g < o.e[b].g)) out.push_back(e[a++]);
        else if (a == e.size() || o.e[b].g < e[a].g) out.push_back(o.e[b++]);
        else {
            out.push_back({e[a].g, std::max(e[a].c, o.e[b].c)});
            ++a;
            ++b;
        }
    }
    e.swap(out);
}

namespace {

// Folds what g knows, its own clock included, into c.
void releaseInto(VClock& c, const Goroutine* g) {
    c.join(g->vc);
    c.set(g->id, g->clock);
}

bool ordered(const Goroutine* g, const Epoch& e) { return e.g == 0 || e.g == g->id || g->vc.get(e.g) >= e.c; }

}  // namespace

void VM::raceCheckSize(const VClock& c) {
    if (c.e.size() > kMaxClock) raceOn_ = false;  // see race.h: tracking stops
}

void VM::raceSpawn(Goroutine* child) {
    if (!config_.detectMapRaces) return;
    Goroutine* parent = g_;
    if (!raceOn_) {
        if (raceStarted_) return;  // it stopped for good
        raceOn_ = raceStarted_ = true;
    }
    child->vc = parent->vc;
    child->vc.set(parent->id, parent->clock);
    child->clock = 1;
    ++parent->clock;
    raceCheckSize(child->vc);
}

void VM::raceRelease(const void* addr) {
    if (!raceOn_) return;
    VClock& c = syncClocks_[addr];
    releaseInto(c, g_);
    ++g_->clock;
    raceCheckSize(c);
}

void VM::raceAcquire(const void* addr, Goroutine* g) {
    if (!raceOn_) return;
    auto it = syncClocks_.find(addr);
    if (it == syncClocks_.end()) return;
    g->vc.join(it->second);
    raceCheckSize(g->vc);
}

// A channel's clock lives as long as the channel: C++ memory the
// collector's finalizer frees with it.
void VM::raceChanRelease(Chan* c, Goroutine* g) {
    if (!raceOn_) return;
    if (!c->clock) {
        c->clock = new VClock;
        GC_register_finalizer_no_order(
            c, [](void* obj, void*) { delete static_cast<Chan*>(obj)->clock; }, nullptr, nullptr, nullptr);
    }
    releaseInto(*c->clock, g);
    ++g->clock;
    raceCheckSize(*c->clock);
}

void VM::raceChanAcquire(Chan* c, Goroutine* g) {
    if (!raceOn_ || !c->clock) return;
    g->vc.join(*c->clock);
    raceCheckSize(g->vc);
}

void VM::raceMap(MapRace* r, MapAccess access) {
    Goroutine* g = g_;
    bool write = access == MapAccess::Write;
    if (!ordered(g, r->write)) {
        if (write) fatal("concurrent map writes");
        fatal(access == MapAccess::Iterate ? "concurrent map iteration and map write" : "concurrent map read and map write");
    }
    if (write) {
        for (int k = 0; k < r->nreads; ++k)
            if (!ordered(g, r->reads[k]))
                fatal(r->iterating[k] ? "concurrent map iteration and map write" : "concurrent map read and map write");
        r->write = {g->id, g->clock};
        r->nreads = 0;
        return;
    }
    Epoch now{g->id, g->clock};
    bool iter = access == MapAccess::Iterate;
    for (int k = 0; k < r->nreads; ++k) {
        if (r->reads[k].g == g->id) {
            r->reads[k] = now;
            r->iterating[k] = r->iterating[k] || iter;
            return;
        }
    }
    if (r->nreads == kMapReaders) {
        // the oldest reader is forgotten (a race may be missed, none invented)
        std::memmove(&r->reads[0], &r->reads[1], (kMapReaders - 1) * sizeof(Epoch));
        std::memmove(&r->iterating[0], &r->iterating[1], (kMapReaders - 1) * sizeof(bool));
        --r->nreads;
    }
    r->reads[r->nreads] = now;
    r->iterating[r->nreads] = iter;
    ++r->nreads;
}

}  // namespace gos::vm
