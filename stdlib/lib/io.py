"""io: in-memory text and byte streams (StringIO, BytesIO). sys.stdout and sys.stderr
are the native TextIOWrapper objects, so anything with a write method can stand in for
them, as in CPython."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    """The buffer of StringIO and BytesIO. Writes at the end (the usual case) are kept
    as a list of chunks and joined when the buffer is next read (`_buf`), so building
    a long text from many small writes costs linear time."""

    _empty = ''

    def __init__(self, initial):
        self._data = initial
        self._chunks = []
        self._size = len(initial)
        self._pos = 0
        self.closed = False

    @property
    def _buf(self):
        if self._chunks:
            self._data = self._data + self._empty.join(self._chunks)
            self._chunks = []
        return self._data

    @_buf.setter
    def _buf(self, value):
        self._data = value
        self._chunks = []
        self._size = len(value)

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _translate(self, s):
        return s

    def _line_end(self, buf, pos):
        """The index just past the line starting at pos (len(buf) if it doesn't end)."""
        end = buf.find(self._newline, pos)
        return len(buf) if end < 0 else end + len(self._newline)

    def getvalue(self):
        self._check_open()
        return self._buf

    def write(self, s):
        self._check_open()
        self._check_type(s)
        written = len(s)
        s = self._translate(s)
        n = len(s)
        if self._pos == self._size:
            if n:
                self._chunks.append(s)
                self._size += n
                self._pos += n
            return written
        buf, pos = self._buf, self._pos
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return written

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readline(self, size=-1):
        self._check_open()
        end = self._line_end(self._buf, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    _pad = '\0'
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        # None: \r\n and \r written become \n; '': nothing translated, lines end at
        # any of the three; '\r' / '\r\n': \n written becomes that, lines end there.
        self._nl = newline
        if newline in ('\r', '\r\n'):
            self._newline = newline
        super().__init__('')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translate(self, s):
        nl = self._nl
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    def _line_end(self, buf, pos):
        if self._nl != '':
            return super()._line_end(buf, pos)
        r = buf.find('\r', pos)
        n = buf.find('\n', pos)
        if r < 0 and n < 0:
            return len(buf)
        if r < 0 or (0 <= n < r):
            return n + 1
        return r + 2 if buf.startswith('\n', r + 1) else r + 1

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)

    def getvalue(self):
        self._check_open()
        return self._buf


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _pad = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes or b''))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
        return bytes(s)

    def write(self, b):
        self._check_open()
        self._check_type(b)
        return super().write(bytes(b))
