package org.driftscope.scratch;

import java.nio.file.Path;
import java.util.*;
import org.driftscope.corpus.*;
import org.driftscope.session.*;
import org.driftscope.plot.*;
import org.driftscope.training.*;

public class Look {
    public static void main(String[] a) throws Exception {
        var ws = Workspace.open(SampleCatalog.find("mountains").orElseThrow());
        List<EpochView> views = new ArrayList<>();
        long t0 = System.nanoTime();
        var run = LiveRun.start(ws, RunConfig.defaults().withEpochs(Integer.parseInt(a[0])), Runnable::run, new RunObserver() {
            public void onEpoch(EpochView v) { views.add(v); System.out.printf("epoch %d at %.1fs acc %.3f%n", v.epoch(), (System.nanoTime()-t0)/1e9, v.snapshot().validationAccuracy()); }
            public void onFinished(RunOutcome o) { System.out.println(o); }
        });
        run.await();
        var last = views.get(views.size()-1);
        PngExporter.write(SnapshotFigure.of(last), Path.of("/tmp/look.png"), 1200, 700, 1);
        var tr = last.run().tracked(); int d = tr.dimension(); float[] f = tr.frozen(); float[] t = last.snapshot().tuned();
        int ia = tr.words().indexOf("alps"), ih = tr.words().indexOf("himalaya");
        System.out.printf("alps~himalaya frozen %.3f tuned %.3f%n", cos(f, ia, ih, d), cos(t, ia, ih, d));
    }
    static double cos(float[] m, int i, int j, int d) { double dot=0,a=0,b=0; for (int k=0;k<d;k++){dot+=m[i*d+k]*m[j*d+k];a+=m[i*d+k]*m[i*d+k];b+=m[j*d+k]*m[j*d+k];} return dot/Math.sqrt(a*b); }
}
