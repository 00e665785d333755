package al.rrjeti.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleGateTest {

    @Test
    void findsTheModuleOfPagesAndRestResources() {
        assertThat(ModuleGate.moduleOf("/forum/thread.xhtml")).isEqualTo("forum");
        assertThat(ModuleGate.moduleOf("/forum/")).isEqualTo("forum");
        assertThat(ModuleGate.moduleOf("/forum")).isEqualTo("forum");
        assertThat(ModuleGate.moduleOf("/api/forum/threads/3")).isEqualTo("forum");
        assertThat(ModuleGate.moduleOf("/api/forum")).isEqualTo("forum");
    }

    @Test
    void kernelPathsBelongToNoModuleOrToTheirOwnSegment() {
        assertThat(ModuleGate.moduleOf("/")).isNull();
        assertThat(ModuleGate.moduleOf("")).isNull();
        assertThat(ModuleGate.moduleOf("/api/")).isNull();
        assertThat(ModuleGate.moduleOf("/index.xhtml")).isEqualTo("index.xhtml");
    }
}
