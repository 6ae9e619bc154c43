using RulesSdk.Semantics;

namespace RulesSdk.Tests.Semantics;

/// <summary>
/// What a repair reads from the rest of the document about its speaker: the gender a fuller mention shows,
/// and the person an office names. The answers are memoised per document, never across documents.
/// </summary>
public sealed class DocumentSpeakersTests
{
    [Fact]
    public void A_fuller_mention_elsewhere_tells_the_gender_of_each_document_apart()
    {
        var her = "Dr. Fiona Clarke opened the clinic on Monday. Clarke said the queue was long.";
        var his = "Dr. John Clarke opened the clinic on Monday. Clarke said the queue was long.";

        // Asked twice of each document, in turn: a memo keyed by anything but the document would mix them up.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(PersonGender.Feminine, DocumentSpeakers.GenderOf("Clarke", her, "en"));
            Assert.Equal(PersonGender.Masculine, DocumentSpeakers.GenderOf("Clarke", his, "en"));
        }
    }

    [Fact]
    public void Two_people_of_one_surname_tell_no_gender()
    {
        var both = "Dr. Fiona Clarke and Mr. John Clarke opened the clinic. Clarke said the queue was long.";

        Assert.Equal(PersonGender.Unknown, DocumentSpeakers.GenderOf("Clarke", both, "en"));
        Assert.Equal(PersonGender.Unknown, DocumentSpeakers.GenderOf("Clarke", both, "en"));
    }

    [Fact]
    public void The_holder_of_an_office_is_read_per_document()
    {
        var shaw = "Council leader Martin Shaw said the budget would pass.";
        var hale = "Council leader Anna Hale said the budget would pass.";

        Assert.Equal("Martin Shaw", DocumentSpeakers.HolderOf("council leader", shaw, french: false)?.Name);
        Assert.Equal("Anna Hale", DocumentSpeakers.HolderOf("council leader", hale, french: false)?.Name);
        Assert.Equal("Martin Shaw", DocumentSpeakers.HolderOf("council leader", shaw, french: false)?.Name);
        Assert.Null(DocumentSpeakers.HolderOf("council leader", "The budget passed.", french: false));
    }

    [Fact]
    public void A_french_office_is_read_with_its_complement()
    {
        var text = "Le ministre du budget, Jérôme Cahuzac, a parlé. Le ministre des finances, Pierre Moscovici, a ajouté un mot. Le directeur de l’établissement, M. Yannick Bertrand, a refusé.";

        Assert.Equal("Jérôme Cahuzac", DocumentSpeakers.HolderOf("ministre du budget", text, french: true)?.Name);
        Assert.Equal("Pierre Moscovici", DocumentSpeakers.HolderOf("ministre des finances", text, french: true)?.Name);

        // Another ministry is another office; another complement of a director may be the same one, worded otherwise.
        Assert.Null(DocumentSpeakers.HolderOf("ministre de la Santé", text, french: true));
        Assert.Equal("Yannick Bertrand", DocumentSpeakers.HolderOf("directeur de l'hôpital", text, french: true)?.Name);
    }
}
