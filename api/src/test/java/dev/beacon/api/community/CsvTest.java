package dev.beacon.api.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV records of the staff exports, without a server. */
class CsvTest {

    @Test
    void csvQuotesLikeRfc4180AndDefusesFormulas() {
        assertEquals(
                "\"a,b\",\"say \"\"hi\"\"\",'=1+1,'@x,ok\r\n",
                Csv.line(List.of("a,b", "say \"hi\"", Csv.defuse("=1+1"), Csv.defuse("@x"), Csv.defuse("ok"))));
    }

    @Test
    void quotedLineQuotesEveryCell() {
        assertEquals("\"1\",\"\",\"say \"\"hi\"\"\"\r\n", Csv.quotedLine(List.of("1", "", "say \"hi\"")));
    }
}
