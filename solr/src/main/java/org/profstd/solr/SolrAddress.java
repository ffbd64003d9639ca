package org.profstd.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a collection lives: {@code solr:ZK_HOSTS[/CHROOT]/COLLECTION}, as {@code --search} and {@code PROFSTD_SEARCH}
 * name it, e.g. {@code solr:zk1:2181,zk2:2181/profstd} or {@code solr:zk1:2181/solr/profstd}.
 */
public record SolrAddress(List<String> zkHosts, Optional<String> chroot, String collection) {
    public static final String SCHEME = "solr:";

    /** True for a value that names a Solr collection rather than the embedded index. */
    public static boolean names(String value) {
        return value != null && value.startsWith(SCHEME);
    }

    /** @throws IllegalArgumentException with what is wrong, for a value of another shape */
    public static SolrAddress parse(String value) {
        if (!names(value)) {
            throw new IllegalArgumentException("a Solr collection is named solr:ZK_HOSTS/COLLECTION, not " + value);
        }
        String rest = value.substring(SCHEME.length());
        int first = rest.indexOf('/');
        int last = rest.lastIndexOf('/');
        if (first <= 0 || last == rest.length() - 1) {
            throw new IllegalArgumentException("a Solr collection is named solr:ZK_HOSTS/COLLECTION (e.g."
                    + " solr:zk1:2181,zk2:2181/profstd), not " + value);
        }
        List<String> hosts = Arrays.stream(rest.substring(0, first).split(",")).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        Optional<String> chroot = first == last ? Optional.empty() : Optional.of(rest.substring(first, last));
        return new SolrAddress(hosts, chroot, rest.substring(last + 1));
    }

    @Override
    public String toString() {
        return SCHEME + String.join(",", zkHosts) + chroot.orElse("") + "/" + collection;
    }
}
