package org.crossroads.network.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.crossroads.directory.Place;
import org.crossroads.shared.geo.GreatCircle;

/**
 * The nearest of a set of places to any place, exactly, in logarithmic time instead of a scan of the set:
 * a k-d tree over the places' positions on the unit sphere. The straight line through the sphere orders
 * places the same way as the great circle, so the tree finds the nearest by the straight line, then every
 * place as near within rounding is measured with {@link GreatCircle#km}: of two places at the same
 * distance the earlier in the set wins, as a scan of the whole set would have it.
 */
final class NearestIndex {

    private final List<Place> places;
    /** The tree: node i of a subrange [lo, hi) is its middle element; {@code axis} says which coordinate splits it. */
    private final int[] order;
    private final double[][] points;

    NearestIndex(List<Place> places) {
        this.places = List.copyOf(places);
        points = new double[this.places.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = unit(this.places.get(i).latitude(), this.places.get(i).longitude());
        }
        Integer[] boxed = new Integer[points.length];
        Arrays.setAll(boxed, i -> i);
        build(boxed, 0, boxed.length, 0);
        order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** The nearest place of the set other than the city itself, and its distance; null when there is none. */
    Found nearest(Place city) {
        double[] q = unit(city.latitude(), city.longitude());
        double[] best = {Double.MAX_VALUE};
        search(q, city.id(), 0, order.length, 0, best);
        if (best[0] == Double.MAX_VALUE) {
            return null;
        }
        // Everything within rounding of the nearest, measured along the surface; ties go to the earliest.
        double limit = best[0] * (1 + 1e-9) + 1e-18;
        int[] pick = {-1};
        double[] pickKm = {Double.MAX_VALUE};
        within(q, city, limit, 0, order.length, 0, pick, pickKm);
        return new Found(places.get(pick[0]), pickKm[0]);
    }

    record Found(Place place, double km) {}

    private void build(Integer[] idx, int lo, int hi, int axis) {
        if (hi - lo <= 1) {
            return;
        }
        Arrays.sort(idx, lo, hi, Comparator.comparingDouble((Integer i) -> points[i][axis]).thenComparingInt(i -> i));
        int mid = (lo + hi) >>> 1;
        build(idx, lo, mid, (axis + 1) % 3);
        build(idx, mid + 1, hi, (axis + 1) % 3);
    }

    private void search(double[] q, long self, int lo, int hi, int axis, double[] best) {
        if (lo >= hi) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        int i = order[mid];
        if (places.get(i).id() != self) {
            best[0] = Math.min(best[0], squared(q, points[i]));
        }
        double diff = q[axis] - points[i][axis];
        int next = (axis + 1) % 3;
        if (diff < 0) {
            search(q, self, lo, mid, next, best);
            if (diff * diff <= best[0]) {
                search(q, self, mid + 1, hi, next, best);
            }
        } else {
            search(q, self, mid + 1, hi, next, best);
            if (diff * diff <= best[0]) {
                search(q, self, lo, mid, next, best);
            }
        }
    }

    private void within(double[] q, Place city, double limit, int lo, int hi, int axis, int[] pick, double[] pickKm) {
        if (lo >= hi) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        int i = order[mid];
        Place other = places.get(i);
        if (other.id() != city.id() && squared(q, points[i]) <= limit) {
            double km = GreatCircle.km(city.latitude(), city.longitude(), other.latitude(), other.longitude());
            if (km < pickKm[0] || (km == pickKm[0] && i < pick[0])) {
                pickKm[0] = km;
                pick[0] = i;
            }
        }
        double diff = q[axis] - points[i][axis];
        int next = (axis + 1) % 3;
        if (diff < 0 || diff * diff <= limit) {
            within(q, city, limit, lo, mid, next, pick, pickKm);
        }
        if (diff >= 0 || diff * diff <= limit) {
            within(q, city, limit, mid + 1, hi, next, pick, pickKm);
        }
    }

    private static double squared(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return dx * dx + dy * dy + dz * dz;
    }

    private static double[] unit(double latitude, double longitude) {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }
}
