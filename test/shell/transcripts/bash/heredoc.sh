cat <<EOF
plain $HOME $(echo sub) $((1+1)) \$HOME \\ \`
  indented "quotes" 'kept'
EOF
cat <<'EOF'
quoted $HOME $(echo not run) \$HOME
EOF
cat <<"END"
double-quoted delimiter $HOME
END
cat <<\EOF
backslash delimiter $HOME
EOF
cat <<-EOF
		tab stripped $USER
	EOF
cat <<EOF | cat
piped heredoc
EOF
cat <<A; cat <<B
first
A
second
B
cat <<< "here string $HOME"
cat <<< 'quoted here string'
x=$(cat <<EOF
in a substitution
EOF
); echo "$x"
cat <<EOF > /tmp/sa-heredoc-test
written to a file
EOF
cat /tmp/sa-heredoc-test
cat <<EOF
line with continuation \
joined
EOF
