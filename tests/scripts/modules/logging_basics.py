# logging: last-resort handler, basicConfig (level/format/datefmt/stream/style/force), the
# logger hierarchy and propagation, thread names, funcName/lineno, exception() tracebacks.
import logging, sys, threading
log = logging.getLogger("app")
log.warning("no config: %s", "last resort")  # expect stderr: no config: last resort
log.info("not shown")
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(levelname)-8s %(name)s [%(threadName)s] %(funcName)s:%(lineno)d %(message)s")
log.debug("debug %d", 1)
logging.info("root info")
def work(n):
    logging.getLogger("app.worker").info("working on %d", n)
ts = [threading.Thread(target=work, args=(i,), name=f"W{i}") for i in range(3)]
for t in ts: t.start(); t.join()
import io
buf = io.StringIO()
log.addHandler(logging.StreamHandler(buf))
log.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed: %s", "division")
log.removeHandler(log.handlers[0])
log.propagate = True
lines = buf.getvalue().splitlines()
print(lines[0], lines[1], lines[-3:], len(lines))
print(log.parent is logging.root, logging.getLogger("app.worker").parent is log, log.getEffectiveLevel())
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(5), log, logging.root)
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("{levelname}|{message}", style="{"))
sub = logging.getLogger("other"); sub.addHandler(h); sub.propagate = False; sub.setLevel("ERROR")
sub.warning("hidden"); sub.error("shown %s", {"k": 1}); sub.error("dict %(k)s", {"k": 2})
logging.basicConfig(level=logging.ERROR)  # ignored: already configured
logging.warning("still %s", "warning")
logging.basicConfig(force=True, stream=sys.stdout, format="%(asctime)s %(message)s", datefmt="(at)")
logging.warning("dated")
print(len(logging.root.handlers))
try: logging.basicConfig(force=True, bogus=1)
except ValueError as e: print(e)
try: log.setLevel("LOUD")
except ValueError as e: print(e)
# expect: DEBUG    app [MainThread] <module>:9 debug 1
# expect: INFO     root [MainThread] <module>:10 root info
# expect: INFO     app.worker [W0] work:12 working on 0
# expect: INFO     app.worker [W1] work:12 working on 1
# expect: INFO     app.worker [W2] work:12 working on 2
# expect: failed: division Traceback (most recent call last): ['    1 / 0', '    ~~^~~', 'ZeroDivisionError: division by zero'] 6
# expect: True True 10
# expect: DEBUG 20 Level 5 <Logger app (DEBUG)> <RootLogger root (DEBUG)>
# expect: ERROR|shown {'k': 1}
# expect: ERROR|dict 2
# expect: WARNING  root [MainThread] <module>:33 still warning
# expect: (at) dated
# expect: 1
# expect: Unrecognised argument(s): bogus
# expect: Unknown level: 'LOUD'
