# signal: names, handlers, errors, raise_signal/os.kill run the handler at once, alarm interrupts sleep and the sleep goes on
import signal, os, time, threading
print(signal.SIGINT, repr(signal.SIGINT), f'{signal.SIGINT}', signal.SIGINT == 2, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT), repr(signal.getsignal(signal.SIGTERM)))
print(signal.Signals(15).name, signal.SIGTERM.name, signal.strsignal(2), signal.Signals(6), signal.Signals(17).name)
print(hash(signal.SIGINT), signal.SIGINT + 1, type(signal.SIGINT + 1))
for bad in [(99, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_DFL), (2, 5), (0, signal.SIG_IGN)]:
    try: signal.signal(*bad)
    except Exception as e: print(type(e).__name__, e)
def f():
    try: signal.signal(2, signal.SIG_DFL)
    except Exception as e: print(type(e).__name__, e)
t=threading.Thread(target=f); t.start(); t.join()
got = []
def handler(signum, frame):
    got.append(signum)
    print("handler", signum, type(signum).__name__)
old = signal.signal(signal.SIGUSR1, handler)
print("old", old)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1) if hasattr(os, "kill") else signal.raise_signal(signal.SIGUSR1)
time.sleep(0.05)
print(got)
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.signal(signal.SIGALRM, lambda s, f: print("alarm"))
signal.alarm(1)
t0 = time.time(); time.sleep(1.2); print("slept fully", time.time() - t0 >= 1.15)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
print(len(signal.valid_signals()), signal.NSIG)
try: os.kill(999999, 0)
except Exception as e: print(type(e).__name__, e)
# expect: 2 <Signals.SIGINT: 2> 2 True 0
# expect: <built-in function default_int_handler> <Handlers.SIG_DFL: 0>
# expect: SIGTERM SIGTERM Interrupt 6 SIGCHLD
# expect: 2 3 <class 'int'>
# expect: ValueError signal number out of range
# expect: OSError [Errno 22] Invalid argument
# expect: TypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object
# expect: ValueError signal number out of range
# expect: ValueError signal only works in main thread of the main interpreter
# expect: old 0
# expect: handler 10 int
# expect: handler 10 int
# expect: [10, 10]
# expect: True
# expect: alarm
# expect: slept fully True
# expect: KeyboardInterrupt caught
# expect: 62 65
# expect: ProcessLookupError [Errno 3] No such process
