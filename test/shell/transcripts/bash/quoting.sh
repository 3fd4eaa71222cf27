echo hello   world
echo 'single $HOME `x` \n' "double $HOME \$HOME \" \\ \n" \$HOME
args '' "" a''b "a"'b'c 'a"b' "a'b"
args \a\b\ \  \\ \' \"
echo foo\\
echo foo\\\\
args "a\
b" 'a\
b'
echo one \
two \
three
echo $'tab\there' $'nl\nline' $'quote\'s' $'\x41\101\u00e9'
echo "$'not ansi'" '$"x"'
args "$HOME"'$HOME'$HOME
echo # a comment
echo a#b '#' "#" \#c
echo "a
b"
echo 'it''s' "mixed"'quotes'\"
args "   spaced   " "	tab"
echo "nested $(echo "inner \"quotes\"")"
echo "backslash-dollar \$(not run)" '\$x'
args ""'' ''""
echo "unterminated
more"
echo 'single
quote'
