// The unit tests' main: doctest's, on a thread the collector knows, as the
// library's own threads are (tests build VMs and fibers directly).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "support/collector.h"

int main(int argc, char** argv) {
    gos::support::CollectorThread known;
    return doctest::Context(argc, argv).run();
}
