#!/usr/bin/env python3
"""Drives the real REPL (`gos` with no arguments) through a pseudo-terminal,
as a person at a keyboard would: line editing and history through libedit,
tab completion, Ctrl-C and Ctrl-D. Prints how long the REPL takes to start
and to answer a simple expression (medians and best of several tries), and
fails when even the best try is past 50 ms or 20 ms; REPL_TIMING=0 only
reports them, as the sanitizer build does.

Usage: repl_test.py PATH/TO/gos
"""
import os
import pty
import re
import select
import signal
import statistics
import sys
import tempfile
import time

GOS = os.path.abspath(sys.argv[1])
STRICT_TIMING = os.environ.get("REPL_TIMING", "1") != "0"
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r|\x07")

failures = []


class Repl:
    def __init__(self, home):
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            os.environ["HOME"] = home
            os.environ["TERM"] = "xterm"
            os.environ.pop("GOSMAPSEED", None)
            os.execv(GOS, [GOS])
        self.pid, self.fd = pid, fd
        self.raw = b""
        self.seen = 0  # where the next expect starts looking

    def text(self):
        return ANSI.sub(b"", self.raw).decode("utf-8", "replace")

    def read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.raw += data
        return True

    def expect(self, pattern, timeout=10.0, what=None):
        """Waits until pattern (a regex) appears after the last match."""
        deadline = time.monotonic() + timeout
        while True:
            t = self.text()
            m = re.compile(pattern).search(t, self.seen)
            if m:
                self.seen = m.end()
                return m
            left = deadline - time.monotonic()
            if left <= 0 or not self.read(left):
                if time.monotonic() >= deadline or not self.alive():
                    fail(what or "expected %r" % pattern, t[self.seen:])
                    return None

    def send(self, s):
        os.write(self.fd, s.encode() if isinstance(s, str) else s)

    def line(self, s):
        self.send(s + "\r")

    def alive(self):
        pid, _ = os.waitpid(self.pid, os.WNOHANG)
        return pid == 0

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def fail(what, got):
    failures.append("%s\n--- the REPL showed:\n%s\n---" % (what, got[-2000:]))
    print("FAIL:", what)


def main():
    home = tempfile.mkdtemp(prefix="gos-repl-")
    r = Repl(home)
    try:
        run(r, home)
    finally:
        r.close()
    if failures:
        print("\n\n".join(failures))
        sys.exit(1)
    print("repl: all checks passed")


PROMPT = r"\n> $|^> $|\n> "


def run(r, home):
    # starts, with a prompt
    r.expect(r"> ", what="a prompt")
    start_ms = (time.monotonic() - r.started) * 1000

    # a multi-line function definition, then a call
    r.line("func fib(n int) int {")
    r.expect(r"\. ", what="a continuation prompt inside the open block")
    r.line("\tif n < 2 {")
    r.line("\t\treturn n")
    r.line("\t}")
    r.line("\treturn fib(n-1) + fib(n-2)")
    r.line("}")
    r.line("fib(20)")
    r.expect(r"6765 // int", what="fib(20) after a multi-line definition")

    # auto-printed values with types; several results print each
    r.line("xs := []int{1, 2, 3}")
    r.line("xs")
    r.expect(r"\[1 2 3\] // \[\]int", what="a slice shown with its type")
    r.line('strconv.Atoi("12")')
    r.expect(r"12 // int\s*\n<nil> // error", what="two results, each shown")

    # an error, then an earlier variable is still there
    r.line("ys := undefinedThing + 1")
    r.expect(r"undefined: undefinedThing", what="a compile error")
    r.line("len(xs) * 10")
    r.expect(r"30 // int", what="an earlier variable after an error")
    r.line('panic("oops")')
    r.expect(r"panic: oops", what="a panic report")
    r.line("xs[2]")
    r.expect(r"3 // int", what="an earlier variable after a panic")

    # :map before and after the map grows: B changes
    r.line("m := map[int]int{}")
    r.line(":map m")
    r.expect(r"len 0, B 0 \(1 bucket\)", what=":map of an empty map")
    r.line("for i := 0; i < 100; i++ { m[i] = i }")
    r.line(":map m")
    r.expect(r"len 100, B 4 \(16 buckets\)", what=":map after 100 inserts (B 4, as Go)")
    r.expect(r"bucket 15", what=":map draws each bucket")

    # :slice shows two slices sharing an array
    r.line("a := make([]int, 4, 8)")
    r.line("b := a[1:3]")
    r.line(":slice b")
    r.expect(r"len 2  cap 7", what=":slice's header")
    r.expect(r"shares its array with a: elements \[0:2\] are a's too", what=":slice naming the variable it shares with")

    # history: the up arrow recalls the last input
    r.line("40 + 2")
    r.expect(r"42 // int")
    r.send("\x1b[A")
    r.send("\r")
    r.expect(r"42 // int", what="the up arrow recalling 40 + 2")

    # tab completion of strings.Rep: the candidates, then a unique completion
    r.send("strings.Rep\t\t")
    r.expect(r"strings\.Repeat", what="Tab listing strings.Repeat")
    r.expect(r"strings\.ReplaceAll", what="Tab listing strings.ReplaceAll")
    r.send("ea\t")
    r.send('("ab", 3)\r')
    r.expect(r"ababab // string", what="strings.Repeat completed by Tab")

    # Ctrl-C stops a running for {} and the session stays
    r.line("n := 7")
    r.line("for {}")
    time.sleep(0.3)
    r.send("\x03")
    r.expect(r"interrupted", what="Ctrl-C interrupting for {}")
    r.line("n * 6")
    r.expect(r"42 // int", what="the session intact after Ctrl-C")
    # Ctrl-C at the prompt drops the line being typed (typed once the
    # prompt is there: a Ctrl-C before it reaches no prompt)
    r.expect(r"> ", what="a prompt after the interrupted input")
    r.send("this is not go")
    time.sleep(0.1)
    r.send("\x03")
    r.expect(r"\^C\s*\n> ", what="Ctrl-C at the prompt giving a fresh prompt")
    r.line("n")
    r.expect(r"7 // int", what="a line dropped by Ctrl-C at the prompt")

    # goroutines started in one input run on in later ones
    r.line("ch := make(chan int)")
    r.line("go func() { for i := 1; ; i++ { ch <- i } }()")
    r.line("<-ch")
    r.expect(r"1 // int")
    r.line("<-ch")
    r.expect(r"2 // int", what="a goroutine from an earlier input")
    # and run while the prompt waits
    r.line('go func() { time.Sleep(100 * time.Millisecond); fmt.Println("tick from the background") }()')
    r.expect(r"tick from the background", timeout=5, what="a goroutine running while the prompt waits")
    r.line("")  # the prompt again, below what the goroutine wrote

    # the time to answer a simple expression (median of 15)
    answers = []
    for k in range(15):
        r.expect(r"> ", what="a prompt before timing")
        t0 = time.monotonic()
        r.line("%d + 1" % (1000 + k))
        r.expect(r"%d // int" % (1001 + k), what="a timed answer")
        answers.append((time.monotonic() - t0) * 1000)
    answer_ms = statistics.median(answers)

    # Ctrl-D leaves (typed as a person would, a moment after the prompt:
    # a ^D that comes before libedit has set the terminal up is an empty
    # line to the terminal, not an end of input)
    r.expect(r"> ")
    time.sleep(0.1)
    r.send("\x04")
    deadline = time.monotonic() + 5
    status = None
    while time.monotonic() < deadline:
        pid, st = os.waitpid(r.pid, os.WNOHANG)
        if pid:
            status = st
            break
        r.read(0.1)
    if status is None or not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        fail("Ctrl-D leaves with status 0 (status %r)" % (status,), r.text())

    history = os.path.join(home, ".gos_history")
    if not os.path.exists(history) or "fib(20)" not in open(history, errors="replace").read():
        fail("the history file in the home directory keeps the inputs", "")

    # starting, measured alone (median of 5 fresh REPLs)
    starts = [start_ms]
    for _ in range(4):
        s = Repl(home)
        s.expect(r"> ", what="a prompt")
        starts.append((time.monotonic() - s.started) * 1000)
        s.close()
    print("repl: starts in %.1f ms (best %.1f), answers 1000 + 1 in %.1f ms (best %.1f); medians of %d and %d"
          % (statistics.median(starts), min(starts), answer_ms, min(answers), len(starts), len(answers)))
    # the bars hold for the best try: tests running beside this one on a
    # busy machine delay some tries, never all
    if STRICT_TIMING:
        if min(starts) >= 50:
            fail("the REPL starts in under 50 ms (took %.1f ms at best)" % min(starts), "")
        if min(answers) >= 20:
            fail("the REPL answers in under 20 ms (took %.1f ms at best)" % min(answers), "")


if __name__ == "__main__":
    main()
