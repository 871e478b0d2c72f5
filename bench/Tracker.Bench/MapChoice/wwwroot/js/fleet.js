// A synthetic fleet that reports like the live feed would: every marker gets a new position and
// heading twice a second. Reports arrive in two batches: every 250 ms one half of the fleet
// (alternately the first and the second half) moves, so the load is spread rather than one
// 10,000-marker burst every 500 ms.

export const reportIntervalMs = 500;
export const batchIntervalMs = 250;

// Degrees moved per report: a few pixels at the benchmark zoom, so movement is visible in a
// screenshot sequence; far faster than a real ship, which changes nothing in what is drawn.
const step = 0.03;

/** Small deterministic generator, so every variant gets the same fleet. */
function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export class Fleet {
    /**
     * @param {number} count markers
     * @param {{west:number, south:number, east:number, north:number}} bounds where they start and stay
     */
    constructor(count, bounds) {
        this.count = count;
        this.bounds = bounds;
        this.lon = new Float64Array(count);
        this.lat = new Float64Array(count);
        this.heading = new Float32Array(count); // degrees clockwise from north
        this.status = new Uint8Array(count);    // 0..3
        this.random = random(20240601);
        for (let i = 0; i < count; i++) {
            this.lon[i] = bounds.west + this.random() * (bounds.east - bounds.west);
            this.lat[i] = bounds.south + this.random() * (bounds.north - bounds.south);
            this.heading[i] = this.random() * 360;
            this.status[i] = Math.floor(this.random() * 4);
        }
        this.batches = 0;
    }

    /**
     * Starts the reports. onBatch(first, end, now) is called after markers [first, end) moved.
     */
    start(onBatch) {
        const half = Math.ceil(this.count / 2);
        this.timer = setInterval(() => {
            const first = this.batches % 2 === 0 ? 0 : half;
            const end = this.batches % 2 === 0 ? half : this.count;
            this.batches++;
            this.move(first, end);
            onBatch(first, end, performance.now());
        }, batchIntervalMs);
    }

    move(first, end) {
        const { west, south, east, north } = this.bounds;
        for (let i = first; i < end; i++) {
            let heading = this.heading[i] + (this.random() - 0.5) * 20;
            const radians = heading * Math.PI / 180;
            let lon = this.lon[i] + Math.sin(radians) * step / Math.cos(this.lat[i] * Math.PI / 180);
            let lat = this.lat[i] + Math.cos(radians) * step;
            // Turn back at the edge of the view rather than leave it.
            if (lon < west || lon > east || lat < south || lat > north) {
                heading += 180;
                lon = Math.min(east, Math.max(west, lon));
                lat = Math.min(north, Math.max(south, lat));
            }
            this.heading[i] = ((heading % 360) + 360) % 360;
            this.lon[i] = lon;
            this.lat[i] = lat;
            // Now and then a status changes, as alarms come and go.
            if (this.random() < 0.002) {
                this.status[i] = Math.floor(this.random() * 4);
            }
        }
    }
}

/** Web Mercator x in [0, 1] from longitude, as both libraries project. */
export function mercatorX(lon) {
    return (lon + 180) / 360;
}

/** Web Mercator y in [0, 1] (0 at the north edge) from latitude. */
export function mercatorY(lat) {
    const sin = Math.sin(lat * Math.PI / 180);
    return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}
