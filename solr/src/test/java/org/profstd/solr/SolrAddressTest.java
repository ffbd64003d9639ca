package org.profstd.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How --search and PROFSTD_SEARCH name a collection: ZooKeeper hosts, an optional chroot, the collection. */
class SolrAddressTest {
    @Test
    void hostsChrootAndCollection() {
        SolrAddress plain = SolrAddress.parse("solr:zk1:2181,zk2:2181, zk3:2181/profstd");
        assertThat(plain.zkHosts()).containsExactly("zk1:2181", "zk2:2181", "zk3:2181");
        assertThat(plain.chroot()).isEmpty();
        assertThat(plain.collection()).isEqualTo("profstd");

        SolrAddress rooted = SolrAddress.parse("solr:127.0.0.1:9983/solr/registry");
        assertThat(rooted).isEqualTo(new SolrAddress(List.of("127.0.0.1:9983"), Optional.of("/solr"), "registry"));
        assertThat(rooted.toString()).isEqualTo("solr:127.0.0.1:9983/solr/registry");
    }

    @Test
    void anotherShapeSaysWhatIsExpected() {
        assertThatThrownBy(() -> SolrAddress.parse("solr:zk1:2181")).hasMessage(
                "a Solr collection is named solr:ZK_HOSTS/COLLECTION (e.g. solr:zk1:2181,zk2:2181/profstd), not"
                        + " solr:zk1:2181");
        assertThatThrownBy(() -> SolrAddress.parse("solr:zk1:2181/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SolrAddress.parse("http://solr1:8983/solr/profstd"))
                .hasMessage("a Solr collection is named solr:ZK_HOSTS/COLLECTION, not http://solr1:8983/solr/profstd");
        assertThat(SolrAddress.names("embedded")).isFalse();
    }
}
