#!/usr/bin/env bash
# Builds the .deb with CPack and checks it: every binary, the desktop entry, the .vrproj MIME type, icon, AppStream metainfo, man pages
# and demo project are in it; its dependencies come from the binaries; unpacked, the workers answer and the
# workbench starts and renders the demo project.
set -euo pipefail
build="$1"
cd "$build"
rm -f valuerank-workbench_*.deb
cpack -G DEB > cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls valuerank-workbench_*.deb | head -1)
dpkg-deb -c "$deb" > package-contents.txt
fail=0
for f in usr/bin/valuerank usr/bin/valuerank-workbench usr/bin/valuerank-probe usr/bin/valuerank-summarize \
         usr/bin/valuerank-analyze-basic usr/bin/valuerank-health-check usr/bin/valuerank-generate-scenarios \
         usr/share/applications/org.valuerank.Workbench.desktop usr/share/mime/packages/org.valuerank.Workbench.xml \
         usr/share/metainfo/org.valuerank.Workbench.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.valuerank.Workbench.svg usr/share/valuerank/demo.vrproj \
         usr/share/man/man1/valuerank.1 usr/share/man/man1/valuerank-probe.1 usr/share/man/man1/valuerank-summarize.1 \
         usr/share/man/man1/valuerank-analyze-basic.1 usr/share/man/man1/valuerank-health-check.1 usr/share/man/man1/valuerank-workbench.1 \
         usr/share/man/man1/valuerank-generate-scenarios.1; do
  if ! grep -q " \./$f\$" package-contents.txt; then echo "missing from the package: $f"; fail=1; fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6charts6 libqt6sql6-sqlite libqt6network6 libyaml-cpp0.7 qt6-qpa-plugins; do
  if ! grep -q "$d" <<<"$depends"; then echo "the package does not depend on $d: $depends"; fail=1; fi
done
recommends=$(dpkg-deb -f "$deb" Recommends)
if ! grep -q "libsecret-1-0" <<<"$recommends"; then echo "the package does not recommend libsecret-1-0: $recommends"; fail=1; fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
echo '{}' | "$root/usr/bin/valuerank-health-check" 2>/dev/null | grep -q '"success": true' || { echo "the packaged health check failed"; fail=1; }
"$root/usr/bin/valuerank" --version | grep -q '^valuerank ' || { echo "the packaged CLI failed"; fail=1; }
# Double-clicking a .vrproj opens the workbench: the MIME database built from the package maps *.vrproj to the type
# the desktop entry declares.
mime_type=$(sed -n 's/^MimeType=\([^;]*\);.*/\1/p' "$root/usr/share/applications/org.valuerank.Workbench.desktop")
update-mime-database "$root/usr/share/mime" > /dev/null 2>&1 || { echo "update-mime-database failed on the packaged MIME type"; fail=1; }
grep -q "^[0-9]*:$mime_type:\*\.vrproj" "$root/usr/share/mime/globs2" 2>/dev/null \
  || { echo "the package does not map *.vrproj to $mime_type"; fail=1; }
cp "$root/usr/share/valuerank/demo.vrproj" "$root/demo.vrproj"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/valuerank-workbench" "$root/demo.vrproj" --view analysis --screenshot "$root/shot.png" > /dev/null 2>&1 \
  || { echo "the packaged workbench did not start"; fail=1; }
test -s "$root/shot.png" || { echo "the packaged workbench rendered nothing"; fail=1; }
if [ "$fail" -ne 0 ]; then exit 1; fi
echo "package $deb: contents, dependencies and start-up checked"
