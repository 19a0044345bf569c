print("ok")
s = "no end                         # expect syntax error: unterminated string literal (detected at line 2)
