#!/bin/sh
# Replaces jpackage's native command-line launcher in a Linux application image with a shell script
# that starts the image's own Java with the same options and class path (docs/decisions/0025).
# jpackage's Linux launcher runs `rpm -qf` and `dpkg -S` on itself at every start, to learn whether a
# package installed it; on this machine that took 0.45 s of a 1.1 s `driftscope --version`.
# The window's launcher keeps jpackage's. Run by Maven at package time (pom.xml, "cli-launcher").
# Usage: linux-launcher.sh IMAGE_DIR LAUNCHER_NAME
set -eu
image=$1
name=$2
cfg="$image/lib/app/$name.cfg"
if [ ! -f "$cfg" ]; then
  echo "linux-launcher.sh: no $cfg (an installer rather than an app image?); launcher left as it is"
  exit 0
fi
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd: -)
options=$(sed -n 's/^java-options=//p' "$cfg" | paste -sd' ' -)
target="$image/bin/$name"
{
  echo '#!/bin/sh'
  echo "# Driftscope's command line. Written by src/jpackage/linux-launcher.sh when the image was built"
  echo "# (docs/decisions/0025): jpackage's native launcher asks rpm and dpkg about itself at every start."
  echo 'here=$(dirname "$(readlink -f "$0")")'
  echo 'APPDIR="$here/../lib/app"'
  echo "exec \"\$here/../lib/runtime/bin/java\" $options -cp \"$classpath\" $main \"\$@\""
} > "$target.tmp"
chmod 755 "$target.tmp"
mv "$target.tmp" "$target"
echo "linux-launcher.sh: $target now starts Java directly"
