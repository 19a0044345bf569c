def f():
return 1                            # expect syntax error: expected an indented block after function definition on line 1
