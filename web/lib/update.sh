#!/usr/bin/env bash
# Refreshes the vendored browser libraries in web/lib from npm at the pinned versions below.
# The app has no build step and must run with the network unplugged, so what it loads is
# committed here with each package's licence. Run it after changing a version; commit the result.
set -euo pipefail

LEAFLET=1.9.4
SIGNALR=10.0.11
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2
PREACT=10.29.8
HTM=3.1.1
# Used only here, to cut the Natural Earth 1:10m land down to the region the map shows.
MAPSHAPER=0.7.70

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

npm install --prefix "$work" --no-audit --no-fund --loglevel=error \
  "leaflet@$LEAFLET" "@microsoft/signalr@$SIGNALR" "topojson-client@$TOPOJSON_CLIENT" \
  "world-atlas@$WORLD_ATLAS" "preact@$PREACT" "htm@$HTM" "mapshaper@$MAPSHAPER"
m="$work/node_modules"

fresh() { rm -rf "${here:?}/$1"; mkdir -p "$here/$1"; }

fresh leaflet
cp "$m/leaflet/dist/leaflet-src.esm.js" "$m/leaflet/dist/leaflet.css" "$m/leaflet/LICENSE" "$here/leaflet/"

fresh signalr
cp "$m/@microsoft/signalr/dist/browser/signalr.min.js" "$here/signalr/"
# The package ships no licence file, only "license": "MIT" in package.json: check that, and
# write the MIT text of its source repository (dotnet/aspnetcore) beside the bundle.
grep -q '"license": "MIT"' "$m/@microsoft/signalr/package.json"
cat > "$here/signalr/LICENSE" <<'MIT'
The MIT License (MIT)

Copyright (c) .NET Foundation and Contributors

All rights reserved.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
MIT

fresh topojson-client
cp "$m/topojson-client/dist/topojson-client.min.js" "$m/topojson-client/LICENSE" "$here/topojson-client/"

fresh preact
cp "$m/preact/dist/preact.module.js" "$m/preact/LICENSE" "$here/preact/"
# With no import map (the page's CSP allows no inline script), the hooks' bare "preact" import
# must name the file beside it.
sed 's#from"preact"#from"./preact.module.js"#' "$m/preact/hooks/dist/hooks.module.js" > "$here/preact/hooks.module.js"
grep -q 'from"./preact.module.js"' "$here/preact/hooks.module.js"

fresh htm
cp "$m/htm/dist/htm.module.js" "$m/htm/LICENSE" "$here/htm/"

# Natural Earth land (public domain) from world-atlas: 1:50m for the whole world when zoomed
# out, and 1:10m clipped to the Bohai, Yellow Sea and East China Sea coast for close zooms
# (the whole 1:10m file is 3 MB; the region's share is a fraction of it).
fresh world-atlas
cp "$m/world-atlas/land-50m.json" "$m/world-atlas/LICENSE" "$here/world-atlas/"
"$m/.bin/mapshaper" -i "$m/world-atlas/land-10m.json" -clip bbox=112,22,136,44 \
  -o format=topojson quantization=100000 "$here/world-atlas/land-10m-region.json"

for package in leaflet signalr topojson-client preact htm world-atlas; do
  echo "$package: $(du -sh "$here/$package" | cut -f1)"
done
